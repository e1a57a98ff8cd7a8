import { beforeAll, describe, expect, it } from 'vitest';
import { AS, call, expectContract, expectError, resetDemo } from './contract-client';

// How long a session lasts is a service setting (src/domain/session-limits.ts).
// Every signed-in role reads the limits (the app's idle sign-out needs them); only admins
// change them, within bounds the same schema enforces on every backend. The server's use of
// them to end sessions is tested on both databases in tests/server/sessions.test.ts.

interface Settings {
  version: number;
  absenceThreshold: number;
  lateJoinCutoffSession: number;
  completionMinSessions: number;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
}

const current = async () => (await call<Settings>('GET /settings', { as: AS.admin })).body;
const courseRules = (s: Settings) => ({
  absenceThreshold: s.absenceThreshold,
  lateJoinCutoffSession: s.lateJoinCutoffSession,
  completionMinSessions: s.completionMinSessions,
});

describe('session limits', () => {
  beforeAll(resetDemo);

  it('every signed-in role reads them; nobody signed out does', async () => {
    for (const as of [AS.facilitator, AS.manager, AS.admin]) {
      const res = await call('GET /auth/session-limits', { as });
      expectContract('GET /auth/session-limits', res);
      expect(res.body).toEqual({ sessionIdleMinutes: 15, sessionMaxHours: 12 });
    }
    expectError(await call('GET /auth/session-limits', {}), 401, 'unauthenticated');
  });

  it('limits out of bounds are refused field by field, and nothing changes', async () => {
    const before = await current();
    for (const [field, value] of [
      ['sessionIdleMinutes', 4],
      ['sessionIdleMinutes', 61],
      ['sessionIdleMinutes', 10.5],
      ['sessionMaxHours', 0],
      ['sessionMaxHours', 25],
    ] as const) {
      const refused = expectError(
        await call('PATCH /settings', {
          as: AS.admin,
          version: before.version,
          body: { ...courseRules(before), [field]: value },
        }),
        400,
        'validation_failed',
      );
      expect(Object.keys(refused.fieldErrors ?? {})).toEqual([field]);
    }
    expect(await current()).toEqual(before);
  });

  it('an admin changes them and every role reads the new limits; others may not change them', async () => {
    const before = await current();
    expectError(
      await call('PATCH /settings', {
        as: AS.manager,
        version: before.version,
        body: { ...courseRules(before), sessionIdleMinutes: 60 },
      }),
      403,
      'forbidden',
    );
    const saved = await call<Settings>('PATCH /settings', {
      as: AS.admin,
      version: before.version,
      body: { ...courseRules(before), sessionIdleMinutes: 20, sessionMaxHours: 8 },
    });
    expectContract('PATCH /settings', saved);
    expect(saved.body).toMatchObject({ sessionIdleMinutes: 20, sessionMaxHours: 8 });
    const read = await call('GET /auth/session-limits', { as: AS.facilitator });
    expect(read.body).toEqual({ sessionIdleMinutes: 20, sessionMaxHours: 8 });
    // A change that leaves them out keeps them.
    const kept = await call<Settings>('PATCH /settings', {
      as: AS.admin,
      version: saved.body.version,
      body: courseRules(before),
    });
    expect(kept.body).toMatchObject({ sessionIdleMinutes: 20, sessionMaxHours: 8 });
    await call('PATCH /settings', {
      as: AS.admin,
      version: kept.body.version,
      body: { ...courseRules(before), sessionIdleMinutes: 15, sessionMaxHours: 12 },
    });
  });
});
