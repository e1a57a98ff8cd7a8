import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  endAllSessions,
  endedSession,
  endSession,
  sessionUser,
  startSession,
} from '../../src/server/auth/sessions';
import { serviceSettings, staffAccounts, userSessions } from '../../src/server/db/domain-tables';
import { seedDemo } from '../../src/server/db/seed-demo';
import { BACKENDS, type TestDatabase } from './backends';

// Why a session ended, as a 401 tells the app: each way a session ends is recorded with it,
// the idle limit named as the service set it (not a fixed 15), and the app's own check that a
// session is live does not keep it alive. Fake clock (`now`), on each backend.

const MINUTE = 60_000;

describe.each(BACKENDS)('why a session ended, on $name', (backend) => {
  let t: TestDatabase;
  let staffId: string;
  const t0 = new Date('2026-12-01T09:00:00Z');
  const at = (ms: number) => new Date(t0.getTime() + ms);

  beforeAll(async () => {
    t = await backend.open();
    await t.db.transaction((tx) => seedDemo(tx));
    const [daniel] = await t.db
      .select()
      .from(staffAccounts)
      .where(eq(staffAccounts.email, 'daniel.osei@nhs.net'));
    staffId = daniel!.id;
  }, 120_000);
  afterAll(() => t?.close());

  it('a live session has no end; a token never issued has none either', async () => {
    const token = await startSession(t.db, staffId, t0);
    expect(await endedSession(t.db, token)).toBeNull();
    expect(await endedSession(t.db, 'never-issued')).toBeNull();
  });

  it('signed out here, and everywhere', async () => {
    const [here, there] = [
      await startSession(t.db, staffId, t0),
      await startSession(t.db, staffId, t0),
    ];
    await endSession(t.db, here, at(MINUTE));
    expect(await endedSession(t.db, here)).toEqual({ reason: 'signed_out' });
    await endAllSessions(t.db, staffId, at(2 * MINUTE));
    expect(await endedSession(t.db, there)).toEqual({ reason: 'signed_out_everywhere' });
    // An ended session's first reason stays: signing out everywhere later does not rewrite it.
    expect(await endedSession(t.db, here)).toEqual({ reason: 'signed_out' });
  });

  it("idle names the service's own limit; the longest session is too_long", async () => {
    await t.db.update(serviceSettings).set({ sessionIdleMinutes: 5 });
    try {
      const idle = await startSession(t.db, staffId, t0);
      expect(await sessionUser(t.db, idle, at(6 * MINUTE + 1))).toBeNull();
      expect(await endedSession(t.db, idle)).toEqual({ reason: 'idle', idleMinutes: 5 });
      const long = await startSession(t.db, staffId, t0);
      for (let ms = 5 * MINUTE; ms <= 12 * 60 * MINUTE; ms += 5 * MINUTE)
        expect(await sessionUser(t.db, long, at(ms))).not.toBeNull();
      expect(await sessionUser(t.db, long, at(12 * 60 * MINUTE + 1000))).toBeNull();
      expect(await endedSession(t.db, long)).toEqual({ reason: 'too_long' });
    } finally {
      await t.db.update(serviceSettings).set({ sessionIdleMinutes: 15 });
    }
  });

  it("the app's session check is not activity: the idle clock goes on", async () => {
    const token = await startSession(t.db, staffId, t0);
    for (let ms = MINUTE; ms <= 16 * MINUTE; ms += MINUTE)
      expect(await sessionUser(t.db, token, at(ms), { touch: false })).not.toBeNull();
    expect(await sessionUser(t.db, token, at(16 * MINUTE + 1), { touch: false })).toBeNull();
    expect(await endedSession(t.db, token)).toEqual({ reason: 'idle', idleMinutes: 15 });
  });

  it('a switched-off account says so, whatever ended its sessions', async () => {
    const token = await startSession(t.db, staffId, t0);
    await t.owner
      .update(staffAccounts)
      .set({ active: false, deactivationReason: 'Left' })
      .where(eq(staffAccounts.id, staffId));
    try {
      expect(await sessionUser(t.db, token, at(MINUTE))).toBeNull();
      expect(await endedSession(t.db, token)).toEqual({ reason: 'deactivated' });
    } finally {
      await t.owner
        .update(staffAccounts)
        .set({ active: true, deactivationReason: null })
        .where(eq(staffAccounts.id, staffId));
    }
  });

  it('the database refuses a reason the contract does not know', async () => {
    await expect(
      t.owner
        .update(userSessions)
        .set({ endedReason: 'bored' as 'idle' })
        .where(eq(userSessions.staffId, staffId)),
    ).rejects.toThrow();
  });
});
