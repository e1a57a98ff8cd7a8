import type { Cohort } from '../../api/schemas/cohorts';
import { expectVersion, refuse, type CommandContext, type Outcome } from './command';
import { ChangeSet } from './change-set';
import { hasAttendance, type CohortRecords } from './cohorts';
import { cohortInScope, cohortStatus } from './places';

// The ends of a cohort's life that staff choose: deleting one set up by mistake, or cancelling.

/** docs/domain.md lifecycle: a cohort anyone joined, or with attendance, is cancelled, never deleted. */
export function deleteCohort(
  r: CohortRecords,
  input: { cohortId: string; version: number },
  ctx: CommandContext,
): Outcome<{ ok: true }> {
  const cohort = cohortInScope(r, input.cohortId, ctx);
  expectVersion(input.version, cohort);
  if (hasAttendance(r, cohort.id)) {
    refuse('invalid_state', 'This cohort has attendance records: cancel it instead.');
  }
  if (r.enrolments.some((e) => e.cohortId === cohort.id)) {
    refuse('invalid_state', 'People are enrolled in this cohort: cancel it instead.');
  }
  const cs = new ChangeSet();
  cs.remove('cohorts', cohort.id);
  r.sessions.filter((s) => s.cohortId === cohort.id).forEach((s) => cs.remove('sessions', s.id));
  cs.audit('cohort.delete', 'cohort', cohort.id, cohort, null);
  return cs.done({ ok: true });
}

/** docs/domain.md lifecycle: a cohort not yet completed can be cancelled, with a reason. */
export function cancelCohort(
  r: Pick<CohortRecords, 'cohorts' | 'sessions'>,
  input: { cohortId: string; version: number; reason: string },
  ctx: CommandContext,
): Outcome<Cohort> {
  const cohort = cohortInScope(r, input.cohortId, ctx);
  expectVersion(input.version, cohort);
  const status = cohortStatus(cohort, r.sessions, ctx.today);
  if (status === 'completed' || status === 'cancelled') {
    refuse('invalid_state', `A ${status} cohort cannot be cancelled.`);
  }
  const cs = new ChangeSet();
  const cancelled = cs.put('cohorts', {
    ...cohort,
    status: 'cancelled',
    cancelReason: input.reason,
    version: cohort.version + 1,
  });
  cs.audit('cohort.cancel', 'cohort', cohort.id, cohort, cancelled);
  return cs.done(cancelled);
}
