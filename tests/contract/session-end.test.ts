import { beforeAll, describe, expect, it } from 'vitest';
import {
  AS,
  call,
  credentialOf,
  expectContract,
  expectError,
  resetDemo,
  signIn,
  type Credential,
} from './contract-client';

// A session that has ended says why (sessionEnded in the 401's body), so the app can tell the
// person the truth: signed out here, signed out everywhere, switched off, a new password. The
// app's own check (GET /auth/session) answers the same way on every backend.

const run = crypto.randomUUID().slice(0, 8);

type Ended = { sessionEnded?: { reason: string; idleMinutes?: number } };
async function endedBecause(credential: Credential): Promise<string | undefined> {
  const answer = await call('GET /auth/session', { credential });
  return (expectError(answer, 401, 'unauthenticated') as Ended).sessionEnded?.reason;
}

/** A new facilitator of this run, signed in with a password of their own. */
async function newFacilitator(n: number) {
  const email = `contract.ended.${run}.${n}@nhs.net`;
  const added = expectContract(
    'POST /staff',
    await call<{ id: string; version: number }>('POST /staff', {
      as: AS.admin,
      body: { name: `Ended Person ${n}`, email, role: 'facilitator', discipline: 'psychology' },
    }),
  );
  const temporary = (
    await call<{ password: string }>('POST /staff/:id/temporary-password', {
      as: AS.admin,
      params: { id: added.id },
    })
  ).body.password;
  const chosen = await call('POST /auth/password', {
    body: { email, password: temporary, newPassword: `orchard-kettle-${run}` },
  });
  expect(chosen.status, JSON.stringify(chosen.body)).toBe(200);
  return { ...added, credential: credentialOf(chosen) };
}

beforeAll(resetDemo);

describe('a session that ended says why', () => {
  it('GET /auth/session answers who, while the session is live', async () => {
    const { credential } = await signIn(AS.manager);
    const live = expectContract(
      'GET /auth/session',
      await call('GET /auth/session', { credential }),
    );
    expect(live).toMatchObject({ user: { email: AS.manager } });
  });

  it('signed out here: signed_out', async () => {
    const { credential } = await signIn(AS.manager);
    expect((await call('POST /auth/logout', { credential })).status).toBe(200);
    expect(await endedBecause(credential)).toBe('signed_out');
  });

  it('"Sign out everywhere" on one device: every other device hears signed_out_everywhere', async () => {
    const [here, there] = [await signIn(AS.manager), await signIn(AS.manager)];
    expectContract(
      'POST /auth/logout-everywhere',
      await call('POST /auth/logout-everywhere', { credential: here.credential }),
    );
    expect(await endedBecause(there.credential)).toBe('signed_out_everywhere');
    expect(await endedBecause(here.credential)).toBe('signed_out_everywhere');
  });

  it('an account switched off: deactivated; a temporary password set: password_changed', async () => {
    const off = await newFacilitator(1);
    expectContract(
      'PATCH /staff/:id',
      await call('PATCH /staff/:id', {
        as: AS.admin,
        params: { id: off.id },
        version: off.version,
        body: { active: false, reason: 'Left the service' },
      }),
    );
    expect(await endedBecause(off.credential)).toBe('deactivated');

    const reset = await newFacilitator(2);
    await call('POST /staff/:id/temporary-password', { as: AS.admin, params: { id: reset.id } });
    expect(await endedBecause(reset.credential)).toBe('password_changed');
  });

  it('no session at all: a 401 with no reason', async () => {
    const answer = await call('GET /auth/session');
    expect((expectError(answer, 401, 'unauthenticated') as Ended).sessionEnded).toBeUndefined();
  });
});
