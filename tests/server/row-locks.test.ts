import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../../src/api/schemas/cohorts';
import type { StaffUser } from '../../src/api/schemas/staff';
import { demoSeed } from '../../src/demo-seed/demo-seed';
import { Refusal } from '../../src/domain/commands/command';
import { registerEnrolments } from '../../src/domain/commands/register-roster';
import { markAttendance } from '../../src/domain/commands/registers';
import { todayIso } from '../../src/domain/dates';
import type { Db } from '../../src/server/db/database';
import { readSnapshot } from '../../src/server/db/records';
import { lockForWrite, WRITE_LOCKS } from '../../src/server/db/row-locks';
import { ENDPOINT_KEYS, ENDPOINTS } from '../../src/api/endpoints';
import type { EndpointContract } from '../../src/api/endpoint-contract';
import { sharedResolvers } from '../../src/backend/resolvers';
import { insertDemoSeed } from '../../src/server/db/seed-demo';
import { runCommandIn } from '../../src/server/routes/write-context';
import { BACKENDS, type TestDatabase } from './backends';

// Writes lock the rows they change (src/server/db/row-locks.ts): a register mark locks its
// cohort's row. Two writes to one cohort queue on it (the second sees the first's change);
// a write to another cohort does not wait (PostgreSQL; PGlite has one connection, which runs
// one transaction at a time by itself).

const MARK = 'PUT /sessions/:sessionId/attendance/:enrolmentId' as const;
const ADMIN: StaffUser = {
  id: 'stf_sam',
  name: 'Sam Patel',
  email: 'sam.patel@nhs.net',
  role: 'admin',
  discipline: null,
};
const who = { user: ADMIN, scope: 'all' as const, requestId: 'row-locks-test' };

interface Target {
  session: Session;
  enrolmentId: string;
}

function mark(db: Db, { session, enrolmentId }: Target, version: number, note: string) {
  const params = { sessionId: session.id, enrolmentId };
  return db.transaction((tx) =>
    runCommandIn(
      tx,
      who,
      (r, cc) =>
        markAttendance(
          r,
          { ...params, version, code: 3, note, amendmentReason: 'Corrected in a test' },
          cc,
        ),
      { key: MARK, params, body: {} },
    ),
  );
}

const settled = <T>(p: Promise<T>) => {
  const state = { done: false };
  void p.then(
    () => (state.done = true),
    () => (state.done = true),
  );
  return state;
};

describe('what each write locks', () => {
  it('every shared write endpoint names its locks (an empty set only where it creates)', () => {
    const writes = ENDPOINT_KEYS.filter((key) => {
      const contract = ENDPOINTS[key] as EndpointContract;
      return !key.startsWith('GET ') && !contract.safe && key in sharedResolvers;
    });
    expect(writes.length).toBeGreaterThan(20);
    expect(writes.filter((key) => !WRITE_LOCKS[key])).toEqual([]);
  });
});

describe.each(BACKENDS)('row locks on $name', (backend) => {
  let t: TestDatabase;
  const targets: Target[] = [];
  beforeAll(async () => {
    t = await backend.open();
    await t.db.transaction((tx) => insertDemoSeed(tx, demoSeed()));
    const records = await readSnapshot(t.db);
    const today = todayIso();
    // One past, held session in each of two cohorts, with someone on its register.
    for (const session of records.sessions) {
      if (session.date > today || session.status !== 'scheduled') continue;
      if (targets.some((x) => x.session.cohortId === session.cohortId)) continue;
      const on = registerEnrolments(records.enrolments, session);
      const fresh = on.find(
        (e) =>
          !records.attendance.some((a) => a.sessionId === session.id && a.enrolmentId === e.id),
      );
      if (fresh) targets.push({ session, enrolmentId: fresh.id });
      if (targets.length === 2) break;
    }
  }, 180_000);
  afterAll(() => t?.close());

  it('two writes to one register row at once: one saves, the other is refused as stale', async () => {
    const [a] = targets;
    const other = await t.secondInstance();
    const results = await Promise.allSettled([
      mark(t.db, a!, 0, 'first'),
      mark(other, a!, 0, 'second'),
    ]);
    const saved = results.filter((r) => r.status === 'fulfilled');
    const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
    expect(saved).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toBeInstanceOf(Refusal);
    expect((refused[0] as Refusal).code).toBe('stale_version');
  });

  it.runIf(backend.name === 'postgres')(
    "while one cohort's row is locked, a write to another cohort completes; one to the locked cohort waits",
    async () => {
      expect(targets).toHaveLength(2);
      const [a, b] = targets;
      const other = await t.secondInstance();
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let locked!: () => void;
      const lockTaken = new Promise<void>((resolve) => (locked = resolve));
      const holder = other.transaction(async (tx) => {
        await lockForWrite(tx, MARK, {
          params: { sessionId: a!.session.id, enrolmentId: a!.enrolmentId },
          body: {},
        });
        locked();
        await held;
      });
      await lockTaken;
      const sameCohort = settled(mark(t.db, a!, 1, 'after the lock'));
      const elsewhere = await Promise.race([
        mark(t.db, b!, 0, 'another cohort'),
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error('the other cohort waited')), 10_000),
        ),
      ]);
      expect(elsewhere.version).toBe(1);
      expect(sameCohort.done).toBe(false);
      release();
      await holder;
      await expect.poll(() => sameCohort.done, { timeout: 10_000 }).toBe(true);
    },
  );
});
