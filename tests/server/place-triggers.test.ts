import { DEFAULT_SIGNPOSTING } from '../../src/domain/eligibility';
import { DEFAULT_SESSION_LIMITS } from '../../src/domain/session-limits';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/server/db/database';
import * as t from '../../src/server/db/domain-tables';
import { pgError } from '../../src/server/db/pg-error';
import { BACKENDS, type TestDatabase } from './backends';

// The rules about places the database keeps itself (migration 0003_places), whatever the code
// above it does: the server maps each refusal to the domain's code (write-context.ts).

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function cohort(
  db: Db,
  id: string,
  capacity: number,
  lastSession: string,
  status = 'planned',
) {
  await db.insert(t.cohorts).values({
    id,
    name: id,
    type: 'workshop',
    delivery: 'online',
    videoLink: 'https://meet.example.nhs.uk/x',
    startDate: lastSession,
    startTime: '10:00',
    sessionLengthMinutes: 180,
    capacity,
    status: status as 'planned',
  });
  await db.insert(t.courseSessions).values({
    id: `${id}_s1`,
    cohortId: id,
    number: 1,
    date: lastSession,
    startTime: '10:00',
    topic: 'Planning for flare-ups',
    status: 'scheduled',
  });
}

async function person(db: Db, id: string, nhsNumber: string) {
  await db.insert(t.participants).values({
    id,
    givenName: 'Test',
    familyName: id,
    nhsNumber,
    dateOfBirth: '1970-01-01',
    borough: 'Islington',
  });
}

function enrol(db: Db, id: string, cohortId: string, participantId: string, status = 'confirmed') {
  return db.insert(t.enrolments).values({
    id,
    cohortId,
    participantId,
    status: status as 'confirmed',
    joinedOn: day(0),
    history: [],
  });
}

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => pgError(e)?.message ?? String(e),
  );

describe.each(BACKENDS)('places kept by the database on $name', (backend) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await backend.open();
    await cohort(db.owner, 'coh_small', 2, day(20));
    await cohort(db.owner, 'coh_other', 20, day(30));
    await cohort(db.owner, 'coh_over', 20, day(-10), 'running');
    await cohort(db.owner, 'coh_later', 20, day(40));
    for (let i = 1; i <= 4; i += 1) await person(db.owner, `ptc_${i}`, `999000000${i}`);
  }, 60_000);
  afterAll(() => db?.close());

  it('refuses a place past capacity, counting offered, confirmed, active and completed', async () => {
    await enrol(db.db, 'enr_1', 'coh_small', 'ptc_1', 'offered');
    await enrol(db.db, 'enr_2', 'coh_small', 'ptc_2', 'active');
    expect(await refusal(enrol(db.db, 'enr_3', 'coh_small', 'ptc_3'))).toBe('cohort_full');
    // A place that is not held (withdrawn) takes none; taking one back is checked again.
    await enrol(db.db, 'enr_3', 'coh_small', 'ptc_3', 'withdrawn');
    const reinstate = db.db
      .update(t.enrolments)
      .set({ status: 'confirmed' })
      .where(eq(t.enrolments.id, 'enr_3'));
    expect(await refusal(reinstate)).toBe('cohort_full');
  });

  it('refuses a capacity below the places held, saying how many are held', async () => {
    const lower = db.db.update(t.cohorts).set({ capacity: 1 }).where(eq(t.cohorts.id, 'coh_small'));
    expect(await refusal(lower)).toBe('capacity_below_places 2');
    await db.db.update(t.cohorts).set({ capacity: 3 }).where(eq(t.cohorts.id, 'coh_small'));
    await db.db.update(t.cohorts).set({ capacity: 2 }).where(eq(t.cohorts.id, 'coh_small'));
  });

  it('refuses a second current place, but not beside one in a finished or cancelled cohort', async () => {
    expect(await refusal(enrol(db.db, 'enr_4', 'coh_other', 'ptc_1'))).toBe('already_enrolled');
    await enrol(db.db, 'enr_5', 'coh_over', 'ptc_4', 'active');
    await enrol(db.db, 'enr_6', 'coh_other', 'ptc_4');
    await db.db.update(t.cohorts).set({ status: 'cancelled' }).where(eq(t.cohorts.id, 'coh_small'));
    await enrol(db.db, 'enr_7', 'coh_other', 'ptc_2');
  });

  it('lets a transfer leave one cohort and join another in one statement', async () => {
    await db.db.transaction(async (tx) => {
      await tx
        .insert(t.enrolments)
        .values([
          {
            id: 'enr_8',
            cohortId: 'coh_later',
            participantId: 'ptc_4',
            status: 'confirmed',
            joinedOn: day(0),
            history: [],
          },
          {
            id: 'enr_6',
            cohortId: 'coh_other',
            participantId: 'ptc_4',
            status: 'transferred',
            joinedOn: day(0),
            history: [],
          },
        ])
        .onConflictDoUpdate({ target: t.enrolments.id, set: { status: 'transferred' } });
    });
    const [moved] = await db.db.select().from(t.enrolments).where(eq(t.enrolments.id, 'enr_8'));
    expect(moved?.status).toBe('confirmed');
  });

  it('has the service settings from the start, seeded or not', async () => {
    const [settings] = await db.db.select().from(t.serviceSettings);
    expect(settings).toMatchObject({
      absenceThreshold: 2,
      lateJoinCutoffSession: 3,
      ...DEFAULT_SIGNPOSTING,
      ...DEFAULT_SESSION_LIMITS,
      completionMinSessions: 6,
    });
  });
});
