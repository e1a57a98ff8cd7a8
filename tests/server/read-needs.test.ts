import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRecords, type ReadNeeds } from '../../src/backend/read-needs';
import { demoSeed } from '../../src/demo-seed/demo-seed';
import { eq } from 'drizzle-orm';
import type { Cohort } from '../../src/api/schemas/cohorts';
import * as t from '../../src/server/db/domain-tables';
import { readSnapshot } from '../../src/server/db/records';
import { loadSnapshot } from '../../src/server/db/snapshot-cache';
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
    const first = await loadSnapshot(db.db);
    const again = await loadSnapshot(db.db);
    expect(again.cohorts).toBe(first.cohorts);
    expect(() => (first.cohorts as Cohort[]).push(first.cohorts[0]!)).toThrow(TypeError);
    expect(() => Object.assign(first.cohorts[0]!, { name: 'changed' })).toThrow(TypeError);
    // A change made outside any command (as an operator might) is seen all the same.
    const cohort = first.cohorts[0]!;
    await db.owner
      .update(t.cohorts)
      .set({ name: 'Renamed by hand' })
      .where(eq(t.cohorts.id, cohort.id));
    const after = await loadSnapshot(db.db);
    expect(after.cohorts).not.toBe(first.cohorts);
    expect(after.cohorts.find((c) => c.id === cohort.id)?.name).toBe('Renamed by hand');
    expect(after).toEqual(await readSnapshot(db.db));
  });
});
