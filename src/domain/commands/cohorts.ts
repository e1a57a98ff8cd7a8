import type { AttendanceRecord } from '../../api/schemas/attendance';
import type { Cohort, CohortInput, Session } from '../../api/schemas/cohorts';
import { facilitatorProblems, type StaffLike } from '../facilitators';
import { DEFAULT_TOPICS, generateSchedule } from '../schedule';
import { expectVersion, refuse, type CommandContext, type Outcome } from './command';
import { ChangeSet } from './change-set';
import { cohortInScope, cohortStatus, placesFilled, type PlaceRecords } from './places';

type ParsedCohortInput = Required<CohortInput>;

export interface CohortRecords extends Pick<PlaceRecords, 'cohorts' | 'sessions' | 'enrolments'> {
  staff: readonly StaffLike[];
  attendance: readonly AttendanceRecord[];
}

function expectFacilitators(
  staff: readonly StaffLike[],
  ids: readonly string[],
  kept: readonly string[] = [],
): void {
  const problems = facilitatorProblems(ids, staff, kept);
  if (problems.length > 0) {
    refuse('validation_failed', 'Some details need correcting.', { facilitatorIds: problems });
  }
}

/** Once anyone has a mark at one of its sessions, a cohort keeps its dates and its records. */
export function hasAttendance(r: Pick<CohortRecords, 'sessions' | 'attendance'>, cohortId: string) {
  const ids = new Set(r.sessions.filter((s) => s.cohortId === cohortId).map((s) => s.id));
  return r.attendance.some((a) => ids.has(a.sessionId));
}

/** Eight weekly dates (bank holidays skipped), or one for a workshop, at the cohort's time. */
function scheduleSessions(cohort: Cohort, ctx: CommandContext, cs: ChangeSet): Session[] {
  return generateSchedule({
    type: cohort.type,
    startDate: cohort.startDate,
    topics: DEFAULT_TOPICS,
  }).map((s) =>
    cs.put('sessions', {
      id: ctx.newId('ses'),
      cohortId: cohort.id,
      number: s.number,
      date: s.date,
      startTime: cohort.startTime,
      topic: s.topic,
      status: 'scheduled',
      registerFinalisedAt: null,
      videoLink: null,
      version: 1,
    }),
  );
}

/** POST /cohorts: a planned cohort and its sessions. */
export function createCohort(
  r: Pick<CohortRecords, 'staff'>,
  input: ParsedCohortInput,
  ctx: CommandContext,
): Outcome<Cohort> {
  expectFacilitators(r.staff, input.facilitatorIds);
  const cs = new ChangeSet();
  const cohort = cs.put('cohorts', {
    ...input,
    id: ctx.newId('coh'),
    status: 'planned',
    cancelReason: null,
    version: 1,
  });
  scheduleSessions(cohort, ctx, cs);
  cs.audit('cohort.create', 'cohort', cohort.id, null, cohort);
  return cs.done(cohort);
}

/** PATCH /cohorts/:id: never below the places taken, never with a non-facilitator; once
 * attendance is taken the start date and type are fixed. A new start date reschedules. */
export function updateCohort(
  r: CohortRecords,
  input: { cohortId: string; version: number; changes: ParsedCohortInput },
  ctx: CommandContext,
): Outcome<Cohort> {
  const cohort = cohortInScope(r, input.cohortId, ctx);
  expectVersion(input.version, cohort);
  const next = input.changes;
  const status = cohortStatus(cohort, r.sessions, ctx.today);
  if (status === 'cancelled' || status === 'completed') {
    refuse('invalid_state', `A ${status} cohort cannot be changed.`);
  }
  const filled = placesFilled(r.enrolments, cohort.id);
  if (next.capacity < filled) {
    refuse('validation_failed', 'Some details need correcting.', {
      capacity: [`${filled} people already hold places: capacity cannot be below ${filled}`],
    });
  }
  // Someone deactivated since may stay until reassigned; nobody deactivated is added.
  expectFacilitators(r.staff, next.facilitatorIds, cohort.facilitatorIds);
  const moved = next.startDate !== cohort.startDate || next.type !== cohort.type;
  if (moved && hasAttendance(r, cohort.id)) {
    refuse(
      'invalid_state',
      'Attendance has been taken, so the start date and type can no longer change.',
    );
  }
  const cs = new ChangeSet();
  const saved = cs.put('cohorts', { ...cohort, ...next, version: cohort.version + 1 });
  const own = r.sessions.filter((s) => s.cohortId === cohort.id);
  if (moved) {
    own.forEach((s) => cs.remove('sessions', s.id));
    scheduleSessions(saved, ctx, cs);
  } else if (next.startTime !== cohort.startTime) {
    own.forEach((s) => cs.put('sessions', { ...s, startTime: saved.startTime }));
  }
  cs.audit('cohort.update', 'cohort', cohort.id, cohort, saved);
  return cs.done(saved);
}
