import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRecords, type ReadNeeds } from '../../src/backend/read-needs';
import { demoSeed } from '../../src/demo-seed/demo-seed';
import { readSnapshot } from '../../src/server/db/records';
import { readForWrite } from '../../src/server/db/scoped-records';
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

describe.each(BACKENDS)('a write reads by its plan on $name', (backend) => {
  let db: TestDatabase;
  const seed = demoSeed({ today: '2026-03-02' });
  beforeAll(async () => {
    db = await backend.open();
    await db.db.transaction((tx) => insertDemoSeed(tx, seed));
  }, 60_000);
  afterAll(() => db?.close());

  it("a mark reads its cohort's records, the same rows a whole read has of that cohort", async () => {
    const whole = await readSnapshot(db.db);
    const cohortId = whole.sessions[0]!.cohortId;
    const sessions = new Set(
      whole.sessions.filter((s) => s.cohortId === cohortId).map((s) => s.id),
    );
    const read = await readForWrite(db.db, 'PUT /sessions/:sessionId/attendance/:enrolmentId', {
      cohorts: [cohortId],
    });
    const byId = <T extends { id: string }>(rows: readonly T[]) =>
      [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(read.cohorts).toEqual(whole.cohorts.filter((c) => c.id === cohortId));
    expect(byId(read.sessions)).toEqual(whole.sessions.filter((s) => s.cohortId === cohortId));
    expect(byId(read.enrolments)).toEqual(whole.enrolments.filter((e) => e.cohortId === cohortId));
    expect(byId(read.attendance)).toEqual(
      whole.attendance.filter((a) => sessions.has(a.sessionId)),
    );
    expect(read.attendance.length).toBeGreaterThan(0);
    // A table the plan does not read is an error, never an empty list that answers wrongly.
    expect(() => read.offers).toThrow(/reads no offers/);
  });

  it('a new referral reads the people and entries with its NHS number, and the settings', async () => {
    const nhsNumber = seed.referrals[0]!.nhsNumber;
    const read = await readForWrite(db.db, 'POST /referrals', {}, { nhsNumbers: [nhsNumber] });
    const whole = await readSnapshot(db.db, { everyone: true });
    expect(read.referrals).toEqual(whole.referrals.filter((r) => r.nhsNumber === nhsNumber));
    expect(read.participants).toEqual(whole.participants.filter((p) => p.nhsNumber === nhsNumber));
    expect(read.settings).toEqual(whole.settings);
  });
});
