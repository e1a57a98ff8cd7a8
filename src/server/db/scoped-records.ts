import { eq, inArray, sql } from 'drizzle-orm';
import type { EndpointKey } from '../../api/endpoints';
import type { ReadNeeds } from '../../backend/read-needs';
import type { Snapshot } from '../../backend/snapshot';
import type { DbOrTx } from './database';
import * as t from './domain-tables';
import { readSnapshot } from './records';
import type { RowLocks } from './row-locks';

// The records a write's rule reads, and no more, for the writes that are made most often. A
// domain command declares the records it takes (markAttendance: RegisterRecords; createReferral:
// ReferralRecords); the plan here reads those tables, restricted to the cohorts the write has
// locked. A table the plan does not read is not an empty list but an error when touched, so a
// command that comes to need more fails its tests loudly instead of answering from too little.
// Every other write reads the records whole (readSnapshot), under its row locks.

type Table = Exclude<keyof Snapshot, 'audit'>;

interface ReadPlan {
  /** Which rows: the locked cohorts' (cohorts, sessions, places, marks), or the people and
   * referrals with the NHS numbers the command names (its ReadNeeds), with the settings. */
  by: 'lockedCohorts' | 'nhsNumbers';
  tables: Table[];
}

export const READ_PLANS: Partial<Record<EndpointKey, ReadPlan>> = {
  'PUT /sessions/:sessionId/attendance/:enrolmentId': {
    by: 'lockedCohorts',
    tables: ['cohorts', 'sessions', 'enrolments', 'attendance'],
  },
  'PUT /sessions/:sessionId/measures/:enrolmentId': {
    by: 'lockedCohorts',
    tables: ['cohorts', 'sessions', 'enrolments', 'attendance', 'measures', 'alerts'],
  },
  // One entry per NHS number: the people and referrals with that number (read-needs.ts).
  'POST /referrals': { by: 'nhsNumbers', tables: ['referrals', 'participants', 'settings'] },
};

const TABLES: ReadonlySet<string> = new Set<keyof Snapshot>([
  'staff',
  'cohorts',
  'sessions',
  'participants',
  'enrolments',
  'attendance',
  'referrals',
  'vacancies',
  'offers',
  'flagReviews',
  'flagContacts',
  'contactAttempts',
  'measures',
  'alerts',
  'settings',
  'audit',
]);

function guarded(read: Partial<Snapshot>, key: string): Snapshot {
  return new Proxy(read as Snapshot, {
    get(target, name) {
      if (typeof name === 'string' && TABLES.has(name) && !(name in target))
        throw new Error(`${key} reads no ${name}: add it to its plan in scoped-records.ts`);
      return (target as unknown as Record<string | symbol, unknown>)[name];
    },
  });
}

async function cohortRows(db: DbOrTx, ids: string[], tables: Table[]): Promise<Partial<Snapshot>> {
  const out: Partial<Snapshot> = {};
  const want = (name: Table) => tables.includes(name);
  if (want('cohorts')) {
    // Each cohort with its facilitators' ids, in one statement.
    const rows = await db
      .select({
        c: t.cohorts,
        facilitatorIds: sql<string[]>`coalesce((
          select json_agg(f.staff_id order by f.position) from cohort_facilitators f
           where f.cohort_id = ${t.cohorts.id}), '[]'::json)`,
      })
      .from(t.cohorts)
      .where(inArray(t.cohorts.id, ids));
    out.cohorts = rows.map(({ c, facilitatorIds }) => ({ ...c, facilitatorIds }));
  }
  if (want('sessions') && want('attendance')) {
    // The sessions with their marks, in one statement (a mark's columns are null for a session
    // without any).
    const rows = await db
      .select({ s: t.courseSessions, a: t.attendance })
      .from(t.courseSessions)
      .leftJoin(t.attendance, eq(t.attendance.sessionId, t.courseSessions.id))
      .where(inArray(t.courseSessions.cohortId, ids));
    out.sessions = [...new Map(rows.map(({ s }) => [s.id, s])).values()];
    out.attendance = rows.flatMap(({ a }) => (a ? [a] : []));
  } else if (want('sessions'))
    out.sessions = await db
      .select()
      .from(t.courseSessions)
      .where(inArray(t.courseSessions.cohortId, ids));
  else if (want('attendance'))
    out.attendance = (
      await db
        .select({ a: t.attendance })
        .from(t.attendance)
        .innerJoin(t.courseSessions, eq(t.courseSessions.id, t.attendance.sessionId))
        .where(inArray(t.courseSessions.cohortId, ids))
    ).map((r) => r.a);
  if (want('enrolments'))
    out.enrolments = await db
      .select()
      .from(t.enrolments)
      .where(inArray(t.enrolments.cohortId, ids));
  if (want('measures'))
    out.measures = (
      await db
        .select({ m: t.sessionMeasures })
        .from(t.sessionMeasures)
        .innerJoin(t.courseSessions, eq(t.courseSessions.id, t.sessionMeasures.sessionId))
        .where(inArray(t.courseSessions.cohortId, ids))
    ).map((r) => r.m);
  if (want('alerts'))
    out.alerts = await db
      .select()
      .from(t.safetyAlerts)
      .where(inArray(t.safetyAlerts.cohortId, ids));
  return out;
}

async function byNhsNumber(
  db: DbOrTx,
  needs: ReadNeeds,
  tables: Table[],
): Promise<Partial<Snapshot>> {
  const numbers = [...new Set((needs.nhsNumbers ?? []).filter((n): n is string => Boolean(n)))];
  const out: Partial<Snapshot> = {};
  // The settings, the people and the entries with these numbers, in one statement: settings
  // × people × entries is one row for a new number and a handful for a known one.
  const [p, r] = [t.participants, t.referrals];
  const matches = (column: typeof p.nhsNumber | typeof r.nhsNumber) =>
    numbers.length ? inArray(column, numbers) : sql`false`;
  const rows = await db
    .select({ s: t.serviceSettings, p, r })
    .from(t.serviceSettings)
    .leftJoin(p, matches(p.nhsNumber))
    .leftJoin(r, matches(r.nhsNumber));
  const distinct = <T extends { id: string }>(found: (T | null)[]) => [
    ...new Map(found.flatMap((row) => (row ? [[row.id, row] as const] : []))).values(),
  ];
  const referrals = distinct(rows.map((row) => row.r));
  const participants = distinct(rows.map((row) => row.p));
  const settings = rows.map((row) => row.s);
  if (tables.includes('referrals')) out.referrals = referrals;
  if (tables.includes('participants')) out.participants = participants;
  if (tables.includes('settings')) {
    const { id: _one, ...row } = settings[0] ?? {};
    if (!settings[0]) throw new Error('The service settings row is missing');
    out.settings = row as Snapshot['settings'];
  }
  return out;
}

/** The records `key`'s rule reads: by its plan, or whole (with `needs`) when it has none. */
export async function readForWrite(
  db: DbOrTx,
  key: EndpointKey | undefined,
  locks: RowLocks,
  needs: ReadNeeds = {},
): Promise<Snapshot> {
  const plan = key ? READ_PLANS[key] : undefined;
  if (!plan) return readSnapshot(db, needs);
  const read =
    plan.by === 'lockedCohorts'
      ? await cohortRows(db, locks.cohorts ?? [], plan.tables)
      : await byNhsNumber(db, needs, plan.tables);
  return guarded(read, key!);
}
