import type { ReviewAlert, SafetyAlert } from '../../api/schemas/alerts';
import type { Cohort } from '../../api/schemas/cohorts';
import { expectVersion, found, refuse, type CommandContext, type Outcome } from './command';
import { ChangeSet } from './change-set';
import { cohortInScope } from './places';

export interface AlertRecords {
  cohorts: readonly Cohort[];
  alerts: readonly SafetyAlert[];
}

/** POST /alerts/:id/review: what was done about an open alert, by whom and when. A review is
 * final: a later concern is a new answer and, at a later session, a new alert. */
export function reviewAlert(
  r: AlertRecords,
  input: ReviewAlert & { alertId: string; version: number },
  ctx: CommandContext,
): Outcome<SafetyAlert> {
  const alert = found(
    r.alerts.find((a) => a.id === input.alertId),
    'That alert',
  );
  cohortInScope(r, alert.cohortId, ctx);
  expectVersion(input.version, alert);
  if (alert.status !== 'open') refuse('invalid_state', 'This alert has already been reviewed.');
  const note = input.note?.trim() ?? '';
  if (input.action === 'no_action' && !note) {
    refuse('validation_failed', 'Some details need correcting.', {
      note: ['Say why no action was needed'],
    });
  }
  const cs = new ChangeSet();
  const next = cs.put('alerts', {
    ...alert,
    status: 'reviewed',
    action: input.action,
    note,
    reviewedBy: ctx.actor.id,
    reviewedAt: ctx.now,
    version: alert.version + 1,
  });
  cs.audit('alert.review', 'alert', alert.id, alert, next);
  return cs.done(next);
}
