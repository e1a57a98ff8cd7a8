import type { Cohort, CohortSummary, Session } from '../../api/schemas/cohorts';
import type { RosterEntry } from '../../api/schemas/participants';
import { placesFilled } from '../../domain/commands/places';
import { holdsPlace } from '../../domain/enrolment';
import { lifecycleStatus, nextSession } from '../../domain/lifecycle';
import type { Snapshot as Db } from '../snapshot';
import { absenceSummary } from './flag-views';
import type { BackendContext as Ctx } from '../resolver';
import { refuse } from '../../domain/commands/command';
import { notFound } from '../refusals';

export interface CohortIndex {
  sessions: Map<string, Session[]>;
  filled: Map<string, number>;
}

/** One pass over sessions and enrolments, so listing hundreds of cohorts stays linear. */
export function indexCohorts(db: Db): CohortIndex {
  const sessions = new Map<string, Session[]>();
  db.sessions.forEach((s) => sessions.set(s.cohortId, [...(sessions.get(s.cohortId) ?? []), s]));
  const filled = new Map<string, number>();
  db.enrolments.forEach(
    (e) => holdsPlace(e.status) && filled.set(e.cohortId, (filled.get(e.cohortId) ?? 0) + 1),
  );
  return { sessions, filled };
}

export function cohortSummary(
  db: Db,
  cohort: Cohort,
  now: Date = new Date(),
  index?: CohortIndex,
): CohortSummary {
  const own = index
    ? (index.sessions.get(cohort.id) ?? [])
    : db.sessions.filter((s) => s.cohortId === cohort.id);
  const scheduled = own.filter((s) => s.status === 'scheduled');
  const next = nextSession(cohort.status, own, now);
  return {
    ...cohort,
    status: lifecycleStatus(cohort.status, scheduled, now),
    facilitators: cohort.facilitatorIds.flatMap((id) => {
      const s = db.staff.find((x) => x.id === id);
      return s ? [{ id: s.id, name: s.name, discipline: s.discipline }] : [];
    }),
    filled: index ? (index.filled.get(cohort.id) ?? 0) : placesFilled(db.enrolments, cohort.id),
    nextSession: next ? { number: next.number, date: next.date } : null,
  };
}

/** The policy's 'own' scope: facilitators see the cohorts they facilitate (docs/domain.md). */
export function canSeeCohort(ctx: Pick<Ctx, 'user' | 'scope'>, cohort: Cohort): boolean {
  return ctx.scope === 'all' || cohort.facilitatorIds.includes(ctx.user.id);
}

export function findCohort(
  db: Db,
  ctx: Pick<Ctx, 'user' | 'scope'>,
  id: string | undefined,
): Cohort {
  const cohort = db.cohorts.find((c) => c.id === id);
  if (!cohort) notFound('That cohort');
  if (!canSeeCohort(ctx, cohort)) refuse('forbidden', 'You do not facilitate this cohort.');
  return cohort;
}

const rosters = new WeakMap<Db, Map<string, RosterEntry[]>>();

/** A cohort's people, by family then given name, with their absences. Worked out once per
 * cohort per read (a registers list asks for each cohort once per session); a copy each time. */
export function roster(db: Db, cohortId: string): RosterEntry[] {
  let byCohort = rosters.get(db);
  if (!byCohort) rosters.set(db, (byCohort = new Map()));
  let entries = byCohort.get(cohortId);
  if (!entries) {
    entries = buildRoster(db, cohortId);
    byCohort.set(cohortId, entries);
  }
  return [...entries];
}

function buildRoster(db: Db, cohortId: string): RosterEntry[] {
  const people = new Map(db.participants.map((p) => [p.id, p]));
  return db.enrolments
    .filter((e) => e.cohortId === cohortId)
    .flatMap((e) => {
      const p = people.get(e.participantId);
      if (!p) return [];
      const summary = absenceSummary(db, e);
      return [
        {
          ...e,
          participant: { id: p.id, givenName: p.givenName, familyName: p.familyName },
          absences: summary.absences,
          flagStatus: summary.status,
        },
      ];
    })
    .sort(
      (a, b) =>
        a.participant.familyName.localeCompare(b.participant.familyName) ||
        a.participant.givenName.localeCompare(b.participant.givenName),
    );
}

/** The view of a record a write has just stored: missing only by a bug, which answers 500 (the
 * server rolls the write back) rather than a success with no body the contract allows. */
export function written<T>(view: T | null | undefined, what: string): T {
  if (view === null || view === undefined) throw new Error(`${what} is missing after its write`);
  return view;
}
