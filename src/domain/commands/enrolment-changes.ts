import type { Cohort } from '../../api/schemas/cohorts';
import type { Enrolment } from '../../api/schemas/participants';
import type { Referral } from '../../api/schemas/referrals';
import { holdsPlace } from '../enrolment';
import { refuse, type CommandContext } from './command';
import type { ChangeSet } from './change-set';

// How a place begins and ends, shared by enrolment, transfer, withdrawal, flags and offers.

export function newEnrolment(
  ctx: CommandContext,
  cohort: Cohort,
  participantId: string,
  options: { agreementRecordedAt: string | null; note: string | null; joinedOn?: string },
): Enrolment {
  return {
    id: ctx.newId('enr'),
    cohortId: cohort.id,
    participantId,
    status: 'confirmed',
    joinedOn: options.joinedOn ?? ctx.today,
    agreementRecordedAt: options.agreementRecordedAt,
    history: [{ status: 'confirmed', at: ctx.now, byStaffId: ctx.actor.id, note: options.note }],
    version: 1,
  };
}

/** Someone on the waiting list who now has a place is no longer waiting. */
export function takeOffWaitingList(
  referrals: readonly Referral[],
  participantId: string,
  cs: ChangeSet,
): void {
  referrals
    .filter((r) => r.participantId === participantId && r.status === 'waiting')
    .forEach((r) => cs.put('referrals', { ...r, status: 'enrolled', version: r.version + 1 }));
}

export type LeavingStatus = 'withdrawn' | 'transferred' | 'removed_after_absences';

/** A place ends: only a place still held (and not completed) can be left. */
export function leave(
  enrolment: Enrolment,
  status: LeavingStatus,
  ctx: CommandContext,
  note: string,
  at = ctx.now,
): Enrolment {
  if (!holdsPlace(enrolment.status) || enrolment.status === 'completed') {
    refuse('invalid_state', `This enrolment is ${enrolment.status}; it cannot be changed.`);
  }
  return {
    ...enrolment,
    status,
    history: [...enrolment.history, { status, at, byStaffId: ctx.actor.id, note }],
    version: enrolment.version + 1,
  };
}
