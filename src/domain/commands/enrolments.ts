import type { AttendanceRecord } from '../../api/schemas/attendance';
import type { Enrolment } from '../../api/schemas/participants';
import type { Referral } from '../../api/schemas/referrals';
import { fullName } from '../names';
import { expectVersion, found, type CommandContext, type Outcome } from './command';
import { ChangeSet } from './change-set';
import { leave, newEnrolment, takeOffWaitingList } from './enrolment-changes';
import { expectLeavingDate } from './finalised-registers';
import { cohortInScope, expectPlaceFor, type PlaceRecords } from './places';
import { freePlace } from './vacancies';

export interface EnrolmentRecords extends PlaceRecords {
  attendance: readonly AttendanceRecord[];
  referrals: readonly Referral[];
}

/** The enrolment and its cohort, refused outside the actor's scope. */
export function enrolmentInScope(r: PlaceRecords, enrolmentId: string, ctx: CommandContext) {
  const enrolment = found(
    r.enrolments.find((e) => e.id === enrolmentId),
    'That enrolment',
  );
  return { enrolment, cohort: cohortInScope(r, enrolment.cohortId, ctx) };
}

/** POST /cohorts/:id/enrolments: a confirmed place, and off the waiting list. */
export function enrolParticipant(
  r: EnrolmentRecords,
  input: { cohortId: string; participantId: string; agreementRecorded: boolean },
  ctx: CommandContext,
): Outcome<Enrolment> {
  const cohort = cohortInScope(r, input.cohortId, ctx);
  const participant = found(
    r.participants.find((p) => p.id === input.participantId),
    'That participant',
  );
  const name = fullName(participant);
  expectPlaceFor(r, cohort, { participantId: participant.id, name }, ctx.today);
  const cs = new ChangeSet();
  const enrolment = cs.put(
    'enrolments',
    newEnrolment(ctx, cohort, participant.id, {
      agreementRecordedAt: input.agreementRecorded ? ctx.now : null,
      note: null,
    }),
  );
  takeOffWaitingList(r.referrals, participant.id, cs);
  cs.audit('enrolment.create', 'enrolment', enrolment.id, null, enrolment);
  return cs.done(enrolment);
}

/** PATCH /enrolments/:id: the group agreement, and nothing else. */
export function recordAgreement(
  r: PlaceRecords,
  input: { enrolmentId: string; version: number },
  ctx: CommandContext,
): Outcome<Enrolment> {
  const { enrolment } = enrolmentInScope(r, input.enrolmentId, ctx);
  expectVersion(input.version, enrolment);
  const cs = new ChangeSet();
  const next = cs.put('enrolments', {
    ...enrolment,
    agreementRecordedAt: enrolment.agreementRecordedAt ?? ctx.now,
    version: enrolment.version + 1,
  });
  cs.audit('enrolment.agreement', 'enrolment', enrolment.id, enrolment, next);
  return cs.done(next);
}

/** Withdrawal (or removal after absences) ends the place and frees it, on a day between joining
 * and today that leaves every finalised register as it is. */
export function withdrawEnrolment(
  r: PlaceRecords,
  input: {
    enrolmentId: string;
    version: number;
    reason: string;
    date?: string;
    status?: 'withdrawn' | 'removed_after_absences';
  },
  ctx: CommandContext,
): Outcome<Enrolment> {
  const { enrolment, cohort } = enrolmentInScope(r, input.enrolmentId, ctx);
  expectVersion(input.version, enrolment);
  const status = input.status ?? 'withdrawn';
  expectLeavingDate(r, enrolment, input.date ?? ctx.today, ctx);
  const at = input.date ? `${input.date}T12:00:00.000Z` : ctx.now;
  const cs = new ChangeSet();
  const left = cs.put('enrolments', leave(enrolment, status, ctx, input.reason, at));
  freePlace(r, cohort, left, ctx, cs);
  const action = status === 'withdrawn' ? 'enrolment.withdraw' : 'enrolment.remove_after_absences';
  cs.audit(action, 'enrolment', enrolment.id, enrolment, left);
  return cs.done(left);
}
