import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVER_IDLE_MS, SESSION_MAX_MS } from '../../src/domain/session-limits';
import { endAllSessions, sessionUser, startSession } from '../../src/server/auth/sessions';
import { serviceSettings, staffAccounts } from '../../src/server/db/domain-tables';
import { seedDemo } from '../../src/server/db/seed-demo';
import { BACKENDS, type TestDatabase } from './backends';

// A session ends 16 minutes after its last request (the app's 15 + 1), 12 hours
// after sign-in whatever, for a switched-off account at once, and for every device at
// "Sign out everywhere". Both limits are service settings: a change applies to live sessions
// at their next request, and the database refuses limits out of bounds. Measured on a fake
// clock (`now`), on each backend.

const MINUTE = 60_000;

describe.each(BACKENDS)('server sessions on $name', (backend) => {
  let t: TestDatabase;
  let staffId: string;
  const t0 = new Date('2026-12-01T09:00:00Z');
  const at = (ms: number) => new Date(t0.getTime() + ms);

  beforeAll(async () => {
    t = await backend.open();
    await t.db.transaction((tx) => seedDemo(tx));
    const [priya] = await t.db
      .select()
      .from(staffAccounts)
      .where(eq(staffAccounts.email, 'priya.shah@nhs.net'));
    staffId = priya!.id;
  }, 120_000);
  afterAll(() => t?.close());

  it('the idle limit is the app’s 15 minutes plus one, counted from the last request', async () => {
    expect(SERVER_IDLE_MS).toBe(16 * MINUTE);
    const token = await startSession(t.db, staffId, t0);
    expect(await sessionUser(t.db, token, at(SERVER_IDLE_MS - 1000))).toMatchObject({
      id: staffId,
    });
    // That request restarted the clock.
    expect(await sessionUser(t.db, token, at(2 * SERVER_IDLE_MS - 2000))).not.toBeNull();
    // 16 minutes and a millisecond after that last request: ended.
    expect(await sessionUser(t.db, token, at(3 * SERVER_IDLE_MS - 2000 + 1))).toBeNull();
    // Ended for good: a later request finds nothing.
    expect(await sessionUser(t.db, token, at(3 * SERVER_IDLE_MS))).toBeNull();
  });

  it('12 hours after sign-in the session ends, however busy', async () => {
    const token = await startSession(t.db, staffId, t0);
    for (let ms = 10 * MINUTE; ms < SESSION_MAX_MS; ms += 10 * MINUTE)
      expect(await sessionUser(t.db, token, at(ms))).not.toBeNull();
    expect(await sessionUser(t.db, token, at(SESSION_MAX_MS + 1000))).toBeNull();
  });

  it('a switched-off account has no session; sign out everywhere ends every one', async () => {
    const off = await startSession(t.db, staffId, t0);
    await t.owner
      .update(staffAccounts)
      .set({ active: false, deactivationReason: 'Left' })
      .where(eq(staffAccounts.id, staffId));
    expect(await sessionUser(t.db, off, at(MINUTE))).toBeNull();
    await t.owner
      .update(staffAccounts)
      .set({ active: true, deactivationReason: null })
      .where(eq(staffAccounts.id, staffId));
    const [a, b] = [await startSession(t.db, staffId, t0), await startSession(t.db, staffId, t0)];
    expect(await sessionUser(t.db, a, at(2 * MINUTE))).not.toBeNull();
    expect(await endAllSessions(t.db, staffId, at(3 * MINUTE))).toBeGreaterThanOrEqual(2);
    expect(await sessionUser(t.db, a, at(4 * MINUTE))).toBeNull();
    expect(await sessionUser(t.db, b, at(4 * MINUTE))).toBeNull();
  });

  it("follows the service's settings, changed while sessions are live", async () => {
    const token = await startSession(t.db, staffId, t0);
    await t.db.update(serviceSettings).set({ sessionIdleMinutes: 5, sessionMaxHours: 1 });
    try {
      // 5 + 1 minutes idle now ends it.
      expect(await sessionUser(t.db, token, at(6 * MINUTE))).not.toBeNull();
      expect(await sessionUser(t.db, token, at(12 * MINUTE + 1))).toBeNull();
      // An hour after sign-in, however busy.
      const busy = await startSession(t.db, staffId, t0);
      for (let ms = 5 * MINUTE; ms <= 60 * MINUTE; ms += 5 * MINUTE)
        expect(await sessionUser(t.db, busy, at(ms))).not.toBeNull();
      expect(await sessionUser(t.db, busy, at(60 * MINUTE + 1000))).toBeNull();
    } finally {
      await t.db.update(serviceSettings).set({ sessionIdleMinutes: 15, sessionMaxHours: 12 });
    }
  });

  it('refuses limits out of bounds in the database itself', async () => {
    for (const bad of [
      { sessionIdleMinutes: 4 },
      { sessionIdleMinutes: 61 },
      { sessionMaxHours: 0 },
      { sessionMaxHours: 25 },
    ])
      await expect(t.owner.update(serviceSettings).set(bad)).rejects.toThrow();
    const [row] = await t.owner.select().from(serviceSettings);
    expect(row).toMatchObject({ sessionIdleMinutes: 15, sessionMaxHours: 12 });
  });
});
