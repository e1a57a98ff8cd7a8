import type { Enrolment } from '../../api/schemas/participants';
import { DEFAULT_TOPICS } from '../schedule';
import { transferFit, type TransferFit } from '../transfer';
import { expectVersion, refuse, type CommandContext, type Outcome } from './command';
import { ChangeSet } from './change-set';
import { leave, newEnrolment } from './enrolment-changes';
import { expectLeavingDate } from './finalised-registers';
import { enrolmentInScope, type EnrolmentRecords } from './enrolments';
import { cohortById, cohortStatus, placesFilled } from './places';
import { attendanceAt } from './register-roster';
import { freePlace } from './vacancies';

export interface TransferTarget extends TransferFit {
  cohort: EnrolmentRecords['cohorts'][number];
}

/** Later cohorts of the same type with room, and what a move means topic by topic. */
export function transferTargets(
  r: Pick<EnrolmentRecords, 'cohorts' | 'sessions' | 'enrolments' | 'attendance'>,
  enrolment: Enrolment,
  today: string,
): TransferTarget[] {
  const from = r.cohorts.find((c) => c.id === enrolment.cohortId);
  if (!from) return [];
  const held = r.sessions
    .filter((s) => s.cohortId === from.id)
    .map((s) => ({
      topic: s.topic,
      code: attendanceAt(r.attendance, s.id, enrolment.id)?.code ?? null,
    }));
  return r.cohorts
    .filter((c) => c.id !== from.id && c.type === from.type && c.startDate > from.startDate)
    .filter((c) => {
      const status = cohortStatus(c, r.sessions, today);
      return status !== 'completed' && status !== 'cancelled';
    })
    .filter((c) => placesFilled(r.enrolments, c.id) < c.capacity)
    .map((cohort) => {
      const target = r.sessions
        .filter((s) => s.cohortId === cohort.id)
        .map((s) => ({ topic: s.topic, date: s.date, cancelled: s.status !== 'scheduled' }));
      return { cohort, ...transferFit(held, DEFAULT_TOPICS, target, today) };
    });
}

/** A move to a later cohort with room; the old place is freed. The reason stays with staff. */
export function transferEnrolment(
  r: EnrolmentRecords,
  input: { enrolmentId: string; version: number; toCohortId: string; reason: string },
  ctx: CommandContext,
): Outcome<Enrolment> {
  const { enrolment, cohort } = enrolmentInScope(r, input.enrolmentId, ctx);
  expectVersion(input.version, enrolment);
  const target = cohortById(r.cohorts, input.toCohortId);
  if (!transferTargets(r, enrolment, ctx.today).some((t) => t.cohort.id === target.id)) {
    const full = placesFilled(r.enrolments, target.id) >= target.capacity;
    refuse(
      full ? 'cohort_full' : 'invalid_state',
      full
        ? `${target.name} is full.`
        : `${target.name} is not a later cohort this person can move to.`,
      { toCohortId: ['Choose a later cohort with room'] },
    );
  }
  expectLeavingDate(r, enrolment, ctx.today, ctx, 'toCohortId');
  const cs = new ChangeSet();
  const left = cs.put(
    'enrolments',
    leave(enrolment, 'transferred', ctx, `Transferred to ${target.name}: ${input.reason}`),
  );
  const moved = cs.put(
    'enrolments',
    newEnrolment(ctx, target, enrolment.participantId, {
      agreementRecordedAt: enrolment.agreementRecordedAt,
      note: `Transferred from the earlier cohort: ${input.reason}`,
      joinedOn: ctx.today > target.startDate ? ctx.today : target.startDate,
    }),
  );
  freePlace(r, cohort, left, ctx, cs);
  cs.audit('enrolment.transfer', 'enrolment', enrolment.id, enrolment, { from: left, to: moved });
  return cs.done(moved);
}
