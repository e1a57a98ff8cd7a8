import { beforeAll, describe, expect, it } from 'vitest';
import {
  AS,
  call,
  credentialOf,
  expectError,
  PASSWORD,
  resetDemo,
  signIn,
  type Credential,
} from './contract-client';

// Sessions end when they should: a password change signs out every other session of the
// account (the reason to change one), signing in over a live session ends it (a shared clinic
// computer), and signing out is on the audit trail.

const alive = async (credential: Credential) =>
  (await call('GET /auth/me', { credential })).status === 200;

let account = { id: '', email: '' };

/** A new member of staff with a temporary password: the suite's demo accounts keep theirs. */
async function newAccountWithTemporaryPassword(): Promise<string> {
  const email = `session.tester.${Date.now()}@nhs.net`;
  const created = await call<{ id: string; version: number }>('POST /staff', {
    as: AS.admin,
    body: { name: 'Session Tester', email, role: 'manager', discipline: null },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  account = { id: created.body.id, email };
  const temporary = await call<{ password: string }>('POST /staff/:id/temporary-password', {
    as: AS.admin,
    params: { id: created.body.id },
  });
  expect(temporary.status).toBe(201);
  return temporary.body.password;
}

async function changePassword(password: string, newPassword: string, credential?: Credential) {
  const answer = await call('POST /auth/password', {
    credential,
    body: { email: account.email, password, newPassword },
  });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return credentialOf(answer);
}

describe('sessions end when they should', () => {
  beforeAll(resetDemo);

  it('a password change ends every other session of the account, keeping the one it starts', async () => {
    const temporary = await newAccountWithTemporaryPassword();
    const first = await changePassword(temporary, 'quiet harbour lantern 41');
    const login = await call('POST /auth/login', {
      body: { email: account.email, password: 'quiet harbour lantern 41' },
    });
    const second = credentialOf(login);
    expect([await alive(first), await alive(second)]).toEqual([true, true]);
    const current = await changePassword(
      'quiet harbour lantern 41',
      'amber meadow kettle 73',
      second,
    );
    expect(await alive(current)).toBe(true);
    expect([await alive(first), await alive(second)]).toEqual([false, false]);
  });

  it('signing in over a live session ends that session, whoever held it', async () => {
    const { credential: facilitator } = await signIn(AS.facilitator);
    expect(await alive(facilitator)).toBe(true);
    const answer = await call('POST /auth/login', {
      credential: facilitator,
      body: { email: AS.manager, password: PASSWORD },
    });
    expect(answer.status).toBe(200);
    expect(await alive(facilitator)).toBe(false);
    expect(await alive(credentialOf(answer))).toBe(true);
  });

  it('signing out is on the audit trail', async () => {
    const { credential } = await signIn(AS.manager);
    const me = await call<{ user: { id: string } }>('GET /auth/me', { credential });
    expect((await call('POST /auth/logout', { credential })).status).toBe(200);
    const audit = await call<{ items: { action: string; actorId: string }[] }>('GET /audit', {
      as: AS.admin,
      query: { entity: 'staff', record: me.body.user.id },
    });
    expect(audit.body.items.find((e) => e.action === 'sign-out')?.actorId).toBe(me.body.user.id);
  });

  it('a temporary password expires after the service setting (72 hours by default)', async () => {
    const settings = await call<{ temporaryPasswordHours: number }>('GET /settings', {
      as: AS.admin,
    });
    expect(settings.body.temporaryPasswordHours).toBe(72);
    const temporary = await newAccountWithTemporaryPassword();
    const body = { email: account.email, password: temporary };
    const later = { 'X-Test-Clock': `+${73 * 3_600_000}` };
    const refused = await call('POST /auth/login', { body, headers: later });
    const error = expectError(refused, 401, 'unauthenticated');
    expect(error.message).toBe(
      'This temporary password has expired: ask an admin to set a new one.',
    );
    const choosing = await call('POST /auth/password', {
      body: { ...body, newPassword: 'late winter orchard 58' },
      headers: later,
    });
    expectError(choosing, 401, 'unauthenticated');
    // Within the hours it still asks for a new password.
    const now = await call('POST /auth/login', { body });
    expect(now.body).toEqual({ passwordChangeRequired: true });
  });

  it('the expiry is a setting with bounds (1 to 168 hours)', async () => {
    const settings = await call<Record<string, unknown> & { version: number }>('GET /settings', {
      as: AS.admin,
    });
    const { notifyConfigured: _n, version, ...current } = settings.body;
    for (const hours of [0, 169]) {
      const answer = await call('PATCH /settings', {
        as: AS.admin,
        version,
        body: { ...current, temporaryPasswordHours: hours },
      });
      expect(expectError(answer, 400, 'validation_failed').fieldErrors).toHaveProperty(
        'temporaryPasswordHours',
      );
    }
    const saved = await call<{ temporaryPasswordHours: number }>('PATCH /settings', {
      as: AS.admin,
      version,
      body: { ...current, temporaryPasswordHours: 24 },
    });
    expect(saved.body.temporaryPasswordHours).toBe(24);
  });
});
