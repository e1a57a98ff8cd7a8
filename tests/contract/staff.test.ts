import { beforeAll, describe, expect, it } from 'vitest';
import {
  AS,
  call,
  credentialOf,
  expectContract,
  expectError,
  resetDemo,
  type Credential,
} from './contract-client';

// Staff accounts: admins add, change, deactivate and reactivate; managers read;
// the last active admin stays; a deactivated person's sessions end and they cannot sign in;
// a temporary password must be replaced at the first sign-in. Every backend keeps the
// accounts a test adds (the server keeps accounts through a demo reset), so each test adds
// its own, with an email no run has used.

interface Account {
  id: string;
  name: string;
  email: string;
  role: string;
  discipline: string | null;
  active: boolean;
  deactivationReason: string | null;
  version: number;
  cohorts: { id: string; name: string }[];
}
const WRONG = 'That email and password do not match an account.';
const run = crypto.randomUUID().slice(0, 8);
let n = 0;
const newEmail = () => `contract.${run}.${++n}@nhs.net`;

async function addFacilitator(discipline = 'psychology'): Promise<Account> {
  return expectContract(
    'POST /staff',
    await call<Account>('POST /staff', {
      as: AS.admin,
      body: {
        name: `Contract Person ${n + 1}`,
        email: newEmail(),
        role: 'facilitator',
        discipline,
      },
    }),
  );
}

async function accounts(): Promise<Account[]> {
  return (await call<{ items: Account[] }>('GET /staff', { as: AS.admin })).body.items;
}

const signIn = (email: string, password: string) =>
  call<{ token?: string; passwordChangeRequired?: true }>('POST /auth/login', {
    body: { email, password },
  });

/** Sets a temporary password, then chooses a new one: the account's session. */
async function signedInAs(account: Account): Promise<{ credential: Credential; password: string }> {
  const temporary = (
    await call<{ password: string }>('POST /staff/:id/temporary-password', {
      as: AS.admin,
      params: { id: account.id },
    })
  ).body.password;
  const password = `kettle-orchard-${run}`;
  const chosen = await call('POST /auth/password', {
    body: { email: account.email, password: temporary, newPassword: password },
  });
  expect(chosen.status, JSON.stringify(chosen.body)).toBe(200);
  return { credential: credentialOf(chosen), password };
}

beforeAll(resetDemo);

describe('staff accounts: admins manage, managers read', () => {
  it('POST /staff adds an active account; the same email in other letters is 409 on the field', async () => {
    const added = await addFacilitator('physiotherapy');
    expect(added).toMatchObject({ active: true, deactivationReason: null, version: 1 });
    expect((await accounts()).map((a) => a.id)).toContain(added.id);
    const again = expectError(
      await call('POST /staff', {
        as: AS.admin,
        body: { name: 'Twin', email: added.email.toUpperCase(), role: 'manager', discipline: null },
      }),
      409,
      'conflict',
    );
    expect(again.fieldErrors?.email).toBeDefined();
    const invalid = expectError(
      await call('POST /staff', {
        as: AS.admin,
        body: { name: 'No discipline', email: newEmail(), role: 'facilitator', discipline: null },
      }),
      400,
      'validation_failed',
    );
    expect(invalid.fieldErrors?.discipline).toBeDefined();
    expectError(
      await call('POST /staff', {
        as: AS.manager,
        body: { name: 'M', email: newEmail(), role: 'manager', discipline: null },
      }),
      403,
      'forbidden',
    );
  });

  it('PATCH /staff/:id changes a role with If-Match: 428 without, 412 when stale', async () => {
    const added = await addFacilitator();
    const patch = (version: number | null, body: object) =>
      call<Account>('PATCH /staff/:id', { as: AS.admin, params: { id: added.id }, version, body });
    expectError(await patch(null, { role: 'manager' }), 428, 'precondition_required');
    const changed = expectContract('PATCH /staff/:id', await patch(1, { role: 'manager' }));
    expect(changed).toMatchObject({ role: 'manager', discipline: null, version: 2 });
    const stale = expectError(await patch(1, { name: 'Stale' }), 412, 'stale_version');
    expect(stale.current).toMatchObject({ id: added.id, role: 'manager', version: 2 });
  });

  it('deactivation needs a reason, ends their sessions at once and they cannot sign in', async () => {
    const added = await addFacilitator();
    const { credential, password } = await signedInAs(added);
    expect((await call('GET /auth/me', { credential })).status).toBe(200);
    const patch = (body: object, version = 1) =>
      call<Account>('PATCH /staff/:id', { as: AS.admin, params: { id: added.id }, version, body });
    const noReason = expectError(await patch({ active: false }), 400, 'validation_failed');
    expect(noReason.fieldErrors?.reason).toBeDefined();
    const off = expectContract('PATCH /staff/:id', await patch({ active: false, reason: 'Left' }));
    expect(off).toMatchObject({ active: false, deactivationReason: 'Left', version: 2 });
    expectError(await call('GET /auth/me', { credential }), 401, 'unauthenticated');
    // The same answer as a wrong password: nothing says the account exists.
    const refused = expectError(await signIn(added.email, password), 401, 'unauthenticated');
    expect(refused.message).toBe(WRONG);
    expect(
      expectError(await signIn(added.email, 'not-it-at-all'), 401, 'unauthenticated').message,
    ).toBe(WRONG);
    const back = expectContract('PATCH /staff/:id', await patch({ active: true }, 2));
    expect(back).toMatchObject({ active: true, deactivationReason: null });
    expect((await signIn(added.email, password)).status).toBe(200);
  });

  it('lists the cohorts a deactivated person still facilitates, and offers them for none new', async () => {
    const psychologist = await addFacilitator('psychology');
    const physio = (await accounts()).find((a) => a.active && a.discipline === 'physiotherapy')!;
    const cohort = expectContract(
      'POST /cohorts',
      await call<{ id: string; name: string }>('POST /cohorts', {
        as: AS.admin,
        body: {
          name: `Staff contract ${run}`,
          type: 'workshop',
          delivery: 'online',
          videoLink: 'https://meet.example.nhs.uk/staff',
          venue: '',
          startDate: '2031-06-03',
          startTime: '10:00',
          sessionLengthMinutes: 180,
          capacity: 12,
          facilitatorIds: [psychologist.id, physio.id],
        },
      }),
    );
    await call('PATCH /staff/:id', {
      as: AS.admin,
      params: { id: psychologist.id },
      version: 1,
      body: { active: false, reason: 'Moved to another trust' },
    });
    const listed = (await accounts()).find((a) => a.id === psychologist.id)!;
    expect(listed.cohorts).toEqual([{ id: cohort.id, name: cohort.name }]);
    const refused = expectError(
      await call('POST /cohorts', {
        as: AS.admin,
        body: {
          name: `Staff contract ${run} (2)`,
          type: 'workshop',
          delivery: 'online',
          videoLink: 'https://meet.example.nhs.uk/staff',
          venue: '',
          startDate: '2031-06-10',
          startTime: '10:00',
          sessionLengthMinutes: 180,
          capacity: 12,
          facilitatorIds: [psychologist.id, physio.id],
        },
      }),
      400,
      'validation_failed',
    );
    expect(refused.fieldErrors?.facilitatorIds).toBeDefined();
  });

  it('the last active admin can be neither deactivated nor demoted (409)', async () => {
    const me = (await call<{ user: { id: string } }>('GET /auth/me', { as: AS.admin })).body.user;
    const others = (await accounts()).filter(
      (a) => a.role === 'admin' && a.active && a.id !== me.id,
    );
    for (const other of others) {
      await call('PATCH /staff/:id', {
        as: AS.admin,
        params: { id: other.id },
        version: other.version,
        body: { active: false, reason: 'Contract test: the last admin' },
      });
    }
    try {
      const self = (await accounts()).find((a) => a.id === me.id)!;
      const patch = (body: object) =>
        call('PATCH /staff/:id', {
          as: AS.admin,
          params: { id: me.id },
          version: self.version,
          body,
        });
      const off = expectError(await patch({ active: false, reason: 'Leaving' }), 409, 'conflict');
      expect(off.message).toMatch(/last active admin/);
      const demoted = expectError(await patch({ role: 'manager' }), 409, 'conflict');
      expect(demoted.fieldErrors?.role).toBeDefined();
    } finally {
      for (const other of await accounts()) {
        if (others.some((o) => o.id === other.id))
          await call('PATCH /staff/:id', {
            as: AS.admin,
            params: { id: other.id },
            version: other.version,
            body: { active: true },
          });
      }
    }
    expect(
      (await accounts()).filter((a) => others.some((o) => o.id === a.id && a.active)),
    ).toHaveLength(others.length);
  });
});

describe('temporary passwords (local accounts)', () => {
  it('shown once; the first sign-in must choose a new one, not a common one; audited without it', async () => {
    const added = await addFacilitator();
    const set = expectContract(
      'POST /staff/:id/temporary-password',
      await call<{ password: string; account: Account }>('POST /staff/:id/temporary-password', {
        as: AS.admin,
        params: { id: added.id },
        idempotencyKey: `temp-${run}`,
      }),
    );
    // A retry is not answered from storage: the password is never kept to be replayed.
    const retried = await call<{ password: string }>('POST /staff/:id/temporary-password', {
      as: AS.admin,
      params: { id: added.id },
      idempotencyKey: `temp-${run}`,
    });
    expect(retried.status).toBe(201);
    expect(retried.body.password).not.toBe(set.password);
    const temporary = retried.body.password;
    expectError(await signIn(added.email, set.password), 401, 'unauthenticated');
    expect(expectContract('POST /auth/login', await signIn(added.email, temporary))).toEqual({
      passwordChangeRequired: true,
    });
    const choose = (password: string, newPassword: string) =>
      call<{ token: string }>('POST /auth/password', {
        body: { email: added.email, password, newPassword },
      });
    expect(
      expectError(await choose(temporary, 'short'), 400, 'validation_failed').fieldErrors,
    ).toHaveProperty('newPassword');
    expect(
      expectError(await choose(temporary, 'Password1234!'), 400, 'validation_failed').fieldErrors
        ?.newPassword?.[0],
    ).toMatch(/too common/);
    expect(
      expectError(await choose('wrong-temporary', `orchard-${run}-blue`), 401, 'unauthenticated')
        .message,
    ).toBe(WRONG);
    const answer = await choose(temporary, `orchard-${run}-blue`);
    expectContract('POST /auth/password', answer);
    expect((await call('GET /auth/me', { credential: credentialOf(answer) })).status).toBe(200);
    expectError(await signIn(added.email, temporary), 401, 'unauthenticated');
    const again = await signIn(added.email, `orchard-${run}-blue`);
    expect(again.status).toBe(200);
    credentialOf(again);
    const trail = (
      await call<{ items: { action: string }[] }>('GET /audit', {
        as: AS.admin,
        query: { record: added.id },
      })
    ).body;
    const actions = trail.items.map((e) => e.action);
    for (const action of ['staff.create', 'staff.temporary-password', 'sign-in.failed', 'sign-in'])
      expect(actions).toContain(action);
    expect(JSON.stringify(trail)).not.toContain(temporary);
    expect(JSON.stringify(trail)).not.toContain(`orchard-${run}`);
  });
});

// Throttling is the server's (the mock takes every attempt): .ci/contract-server.sh sets
// CONTRACT_SESSIONS=cookie, with the default limit per email and a high one per address.
describe.runIf(process.env.CONTRACT_SESSIONS === 'cookie')(
  'sign-in throttling (server only)',
  () => {
    const hammer = async (email: string) => {
      for (let attempt = 1; attempt <= 30; attempt += 1) {
        const res = await signIn(email, 'not-the-password-at-all');
        if (res.status === 429) return { attempt, res };
        expect(res.status).toBe(401);
      }
      throw new Error(`no 429 for ${email} after 30 attempts`);
    };

    it('429 with Retry-After after repeated failures, alike for a real and an unknown email', async () => {
      const unknown = await hammer(`nobody.${run}@nhs.net`);
      const error = expectError(unknown.res, 429, 'too_many_attempts');
      expect(error.message).toMatch(/Try again in \d+ minute/);
      expect(Number(unknown.res.headers.get('retry-after'))).toBeGreaterThan(0);
      const added = await addFacilitator();
      const { password } = await signedInAs(added);
      const real = await hammer(added.email);
      expect(real.attempt).toBe(unknown.attempt);
      // Even the right password waits now; other accounts from this address do not.
      expectError(await signIn(added.email, password), 429, 'too_many_attempts');
      expect((await signIn(AS.manager, 'demo-pain-course')).status).toBe(200);
    });
  },
);
