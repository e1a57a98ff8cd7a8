import { sql, type SQL } from 'drizzle-orm';
import type { EndpointKey } from '../../api/endpoints';
import { rowsOf, type Tx } from './database';

// What each write locks (docs/write-model.md): the rows its rule reads and changes, never one
// lock for every write. A write to a cohort (its details, places, sessions, registers, flags,
// vacancies and their offers) locks the cohort's row FOR UPDATE: writes to one cohort queue
// on it, writes to different cohorts run side by side. A referral's own edits lock the
// referral; an account's, the account; the settings, their row. Creating a record locks
// nothing: the schema's unique constraints refuse the second of two at once. Locks are always
// taken cohorts first, then referrals, then accounts, then settings, each in id order, so two
// writes never wait on each other in a cycle.

export interface RowLocks {
  cohorts?: string[];
  /** Cohorts found by a subquery in the locking statement itself (one round trip), for a row
   * whose cohort never changes (a session's, a vacancy's, an offer's). */
  cohortsOf?: SQL;
  referrals?: string[];
  staff?: string[];
  settings?: boolean;
}

type Input = { params: Record<string, string>; body: unknown };
type Finder = (tx: Tx, input: Input) => Promise<RowLocks>;

const one = (value: string | undefined) => (value ? [value] : []);
const bodyField = (body: unknown, name: string): string | undefined => {
  const value = (body as Record<string, unknown> | null | undefined)?.[name];
  return typeof value === 'string' ? value : undefined;
};

/** The cohort ids a query names (an id that matches nothing names none: the command says 404). */
async function cohortsOf(tx: Tx, query: SQL): Promise<string[]> {
  return rowsOf<{ id: string }>(await tx.execute(query)).map((r) => r.id);
}
const cohortOfEnrolment = (tx: Tx, id = '') =>
  cohortsOf(tx, sql`select cohort_id as id from enrolments where id = ${id}`);
const referralOfOffer = async (tx: Tx, id = '') =>
  rowsOf<{ id: string }>(
    await tx.execute(sql`select referral_id as id from offers where id = ${id}`),
  ).map((r) => r.id);

const cohort: Finder = async (_tx, { params }) => ({ cohorts: one(params.id) });
const session: Finder = async (_tx, { params }) => ({
  cohortsOf: sql`select cohort_id from course_sessions where id = ${params.sessionId ?? ''}`,
});
const enrolment: Finder = async (tx, { params }) => ({
  cohorts: await cohortOfEnrolment(tx, params.id ?? params.enrolmentId),
});
const referral: Finder = async (_tx, { params }) => ({ referrals: one(params.id) });

/** Every write endpoint of the shared resolvers, and what it locks. A write missing here takes
 * no lock but its own rows' (tests/server/row-locks.test.ts lists the writes and checks). */
export const WRITE_LOCKS: Partial<Record<EndpointKey, Finder>> = {
  'POST /cohorts': async () => ({}),
  'PATCH /cohorts/:id': cohort,
  'DELETE /cohorts/:id': cohort,
  'POST /cohorts/:id/cancel': cohort,
  // Enrolling takes the person's referral off the list too.
  'POST /cohorts/:id/enrolments': async (tx, { params, body }) => ({
    cohorts: one(params.id),
    referrals: rowsOf<{ id: string }>(
      await tx.execute(
        sql`select id from referrals where participant_id = ${bodyField(body, 'participantId') ?? ''}`,
      ),
    ).map((r) => r.id),
  }),
  'PATCH /enrolments/:id': enrolment,
  'POST /enrolments/:id/cannot-attend': enrolment,
  'POST /enrolments/:id/withdraw': enrolment,
  'POST /enrolments/:id/transfer': async (tx, input) => ({
    cohorts: [
      ...(await cohortOfEnrolment(tx, input.params.id)),
      ...one(bodyField(input.body, 'toCohortId')),
    ],
  }),
  'PATCH /sessions/:sessionId': session,
  'PUT /sessions/:sessionId/video-link': session,
  'POST /sessions/:sessionId/cancel': session,
  'POST /sessions/:sessionId/finalise': session,
  'PUT /sessions/:sessionId/attendance/:enrolmentId': session,
  // Measures need the mark they depend on to hold: the cohort's lock queues them with marks.
  'PUT /sessions/:sessionId/measures/:enrolmentId': session,
  // Only reads who is placed, then (after commit) creates links and contact log rows.
  'POST /sessions/:sessionId/questionnaire-links': async () => ({}),
  'POST /alerts/:id/review': async (_tx, { params }) => ({
    cohortsOf: sql`select cohort_id from safety_alerts where id = ${params.id ?? ''}`,
  }),
  'POST /flags/:enrolmentId/resolve': enrolment,
  'POST /flags/:enrolmentId/contacts': enrolment,
  'POST /vacancies/:id/offers': async (_tx, { params, body }) => ({
    cohortsOf: sql`select cohort_id from vacancies where id = ${params.id ?? ''}`,
    referrals: one(bodyField(body, 'referralId')),
  }),
  'POST /offers/:id/outcome': async (tx, { params }) => ({
    cohortsOf: sql`select v.cohort_id from offers o join vacancies v on v.id = o.vacancy_id
                    where o.id = ${params.id ?? ''}`,
    referrals: await referralOfOffer(tx, params.id),
  }),
  'POST /offers/:id/contacts': async (tx, { params }) => ({
    referrals: await referralOfOffer(tx, params.id),
  }),
  'POST /referrals': async () => ({}),
  'PATCH /referrals/:id': referral,
  'POST /referrals/:id/close': referral,
  'POST /referrals/:id/reopen': referral,
  'POST /referrals/:id/contacts': referral,
  'POST /staff': async () => ({}),
  'PATCH /staff/:id': async (_tx, { params }) => ({ staff: one(params.id) }),
  'POST /staff/:id/temporary-password': async (_tx, { params }) => ({ staff: one(params.id) }),
  'PATCH /settings': async () => ({ settings: true }),
};

const sorted = (ids: string[] = []) => [...new Set(ids)].sort();

/** Takes the locks, in the one order every write takes them; answers them, with the cohorts
 * as locked (those a subquery found too). */
export async function takeRowLocks(tx: Tx, locks: RowLocks): Promise<RowLocks> {
  const lock = async (table: string, ids: string[], of?: SQL): Promise<string[]> => {
    if (!ids.length && !of) return [];
    const where = of
      ? ids.length
        ? sql`id in ${ids} or id in (${of})`
        : sql`id in (${of})`
      : sql`id in ${ids}`;
    const rows = await tx.execute(
      sql`select id from ${sql.identifier(table)} where ${where} order by id for update`,
    );
    return rowsOf<{ id: string }>(rows).map((r) => r.id);
  };
  const cohorts = await lock('cohorts', sorted(locks.cohorts), locks.cohortsOf);
  await lock('referrals', sorted(locks.referrals));
  await lock('staff_accounts', sorted(locks.staff));
  if (locks.settings) await tx.execute(sql`select id from service_settings for update`);
  return { ...locks, cohorts };
}

/** The writes whose cohort is found through a row that a transfer moves (an enrolment's). */
const MOVES: ReadonlySet<EndpointKey> = new Set<EndpointKey>([
  'PATCH /enrolments/:id',
  'POST /enrolments/:id/cannot-attend',
  'POST /enrolments/:id/withdraw',
  'POST /enrolments/:id/transfer',
  'POST /flags/:enrolmentId/resolve',
  'POST /flags/:enrolmentId/contacts',
]);

/** The locks a write to `key` takes, found from its path and body, then taken. A cohort found
 * through a row that could move (an enrolment's, by a transfer) is looked for again once
 * locked, and taken too if it moved meanwhile. */
export async function lockForWrite(tx: Tx, key: EndpointKey, input: Input): Promise<RowLocks> {
  const find = WRITE_LOCKS[key];
  if (!find) return {};
  const locks = await takeRowLocks(tx, await find(tx, input));
  if (!MOVES.has(key)) return locks;
  const again = await find(tx, input);
  const extra = sorted(again.cohorts).filter((id) => !locks.cohorts?.includes(id));
  if (extra.length) await takeRowLocks(tx, { cohorts: extra });
  return { ...locks, cohorts: [...(locks.cohorts ?? []), ...extra] };
}

/** A server job's write about one offer (its message sent): the offer's referral. */
export async function offerLocks(tx: Tx, offerId: string): Promise<RowLocks> {
  return { referrals: await referralOfOffer(tx, offerId) };
}

/** The expiry job: the cohorts and referrals of the open offers past their expiry at `now`. */
export async function lapsedOfferLocks(tx: Tx, now: Date): Promise<RowLocks> {
  const rows = rowsOf<{ cohort: string; referral: string }>(
    await tx.execute(
      sql`select v.cohort_id as cohort, o.referral_id as referral from offers o
            join vacancies v on v.id = o.vacancy_id
           where o.status = 'open' and o.expires_at <= ${now.toISOString()}::timestamptz`,
    ),
  );
  return { cohorts: rows.map((r) => r.cohort), referrals: rows.map((r) => r.referral) };
}

/** A write to a person's record from outside staff's screens (their opt-out link, a reminder
 * on their log): their referrals, the rows staff's edits of the person lock. */
export async function personLocks(tx: Tx, participantId: string): Promise<RowLocks> {
  const rows = rowsOf<{ id: string }>(
    await tx.execute(sql`select id from referrals where participant_id = ${participantId}`),
  );
  return { referrals: rows.map((r) => r.id) };
}
