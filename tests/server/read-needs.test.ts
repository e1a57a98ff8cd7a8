import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRecords, type ReadNeeds } from '../../src/backend/read-needs';
import { demoSeed } from '../../src/demo-seed/demo-seed';
import { eq } from 'drizzle-orm';
import type { Cohort } from '../../src/api/schemas/cohorts';
import * as t from '../../src/server/db/domain-tables';
import { readSnapshot } from '../../src/server/db/records';
import type { Changes } from '../../src/domain/commands/command';
import { applyChanges } from '../../src/server/db/records';
import {
  dataVersionIn,
  keepAfterWrite,
  loadSnapshot,
  lockDataVersion,
  type DataVersion,
} from '../../src/server/db/snapshot-cache';
import { insertDemoSeed } from '../../src/server/db/seed-demo';
import { BACKENDS, type TestDatabase } from './backends';

// A read names the waiting-list rows it needs; the mock chooses them with selectRecords and the
// server with SQL. Both must choose the same rows, or a command would pass on one backend and
// miss a record on the other.

describe.each(BACKENDS)('reads by need on $name', (backend) => {
  let db: TestDatabase;
  const seed = demoSeed({ today: '2026-03-02' });
  beforeAll(async () => {
    db = await backend.open();
    await db.db.transaction((tx) => insertDemoSeed(tx, seed));
  }, 60_000);
  afterAll(() => db?.close());

  const waiting = seed.referrals.filter((r) => r.status === 'waiting');
  const cases: [string, ReadNeeds][] = [
    ['nothing named', {}],
    ['everyone', { everyone: true }],
    ['the list history', { listHistory: true }],
    ['a referral by id', { referralIds: [waiting[0]!.id, 'ref_none'] }],
    ['a person by id', { participantIds: [waiting[1]!.participantId, undefined] }],
    ['NHS numbers, one unknown', { nhsNumbers: [waiting[2]!.nhsNumber, '9990000000'] }],
    [
      'all three at once',
      {
        referralIds: [waiting[3]!.id],
        participantIds: [waiting[4]!.participantId],
        nhsNumbers: [waiting[5]!.nhsNumber],
      },
    ],
  ];

  it.each(cases)('%s: the server reads what selectRecords chooses', async (_name, needs) => {
    const everything = await readSnapshot(db.db, { everyone: true, listHistory: true });
    const read = await readSnapshot(db.db, needs);
    expect(read).toEqual(selectRecords(everything, needs));
  });

  it('without a need, a read leaves out people only waiting', async () => {
    const read = await readSnapshot(db.db);
    expect(read.referrals.length).toBeLessThan(seed.referrals.length);
    expect(read.referrals.map((r) => r.id)).not.toContain(waiting[0]!.id);
    // Everyone in a cohort is there, for registers and rosters.
    const people = new Set(read.participants.map((p) => p.id));
    expect(read.enrolments.every((e) => people.has(e.participantId))).toBe(true);
  });
});

describe.each(BACKENDS)('records kept between requests on $name', (backend) => {
  let db: TestDatabase;
  const seed = demoSeed({ today: '2026-03-02' });
  beforeAll(async () => {
    db = await backend.open();
    await db.db.transaction((tx) => insertDemoSeed(tx, seed));
  }, 60_000);
  afterAll(() => db?.close());

  it('are reused while nothing changes, read again after any change, and cannot be changed', async () => {
    const first = await loadSnapshot(db.db, {}, { keep: true });
    const again = await loadSnapshot(db.db, {}, { keep: true });
    expect(again.cohorts).toBe(first.cohorts);
    expect(() => (first.cohorts as Cohort[]).push(first.cohorts[0]!)).toThrow(TypeError);
    expect(() => Object.assign(first.cohorts[0]!, { name: 'changed' })).toThrow(TypeError);
    // A change made outside any command (as an operator might) is seen all the same.
    const cohort = first.cohorts[0]!;
    await db.owner
      .update(t.cohorts)
      .set({ name: 'Renamed by hand' })
      .where(eq(t.cohorts.id, cohort.id));
    const after = await loadSnapshot(db.db, {}, { keep: true });
    expect(after.cohorts).not.toBe(first.cohorts);
    expect(after.cohorts.find((c) => c.id === cohort.id)?.name).toBe('Renamed by hand');
    expect(after).toEqual(await readSnapshot(db.db));
  });

  it('after a write of marks only, the kept records are updated, and equal a fresh read', async () => {
    const kept = await loadSnapshot(db.db, {}, { keep: true });
    const mark = kept.attendance[0]!;
    const changes: Changes = {
      put: {
        attendance: [
          { ...mark, note: 'changed by the test', version: mark.version + 1 },
          { ...mark, id: 'att_zz_test', sessionId: kept.sessions.at(-1)!.id, note: '' },
        ],
      },
      remove: {},
      audit: [],
    };
    let before: DataVersion | null = null;
    let after: DataVersion | null = null;
    await db.db.transaction(async (tx) => {
      before = await lockDataVersion(tx);
      await applyChanges(tx, changes);
      after = await dataVersionIn(tx);
    });
    keepAfterWrite(before!, after!, changes);
    const patched = await loadSnapshot(db.db, {}, { keep: true });
    expect(patched.cohorts).toBe(kept.cohorts); // kept, not read again
    expect(patched.attendance).not.toBe(kept.attendance);
    expect(patched).toEqual(await readSnapshot(db.db));
  });
});
