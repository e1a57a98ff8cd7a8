import type { AttendanceRecord } from '../../api/schemas/attendance';
import type { Enrolment } from '../../api/schemas/participants';
import type { Referral } from '../../api/schemas/referrals';
import { DEFAULT_TOPICS } from '../schedule';
import { transferFit, type TransferFit } from '../transfer';
import { ChangeSet, expectVersion, refuse, type CommandContext, type Outcome } from './command';
import {
  cohortStatus,
  expectInScope,
  expectPlaceFor,
  found,
  freePlace,
  leave,
  newEnrolment,
  personName,
  placesFilled,
  takeOffWaitingList,
  type PlaceRecords,
} from './places';

interface EnrolmentRecords extends PlaceRecords {
  attendance: readonly AttendanceRecord[];
  referrals: readonly Referral[];
}

/** The enrolment and its cohort, refused outside the actor's scope. */
export function enrolmentInScope(r: PlaceRecords, enrolmentId: string, ctx: CommandContext) {
  const enrolment = found(
    r.enrolments.find((e) => e.id === enrolmentId),
    'That enrolment',
  );
  const cohort = found(
    r.cohorts.find((c) => c.id === enrolment.cohortId),
    'That cohort',
  );
  expectInScope(ctx.actor, cohort);
  return { enrolment, cohort };
}

/** POST /cohorts/:id/enrolments: a confirmed place, and off the waiting list. */
export function enrolParticipant(
  r: EnrolmentRecords,
  input: { cohortId: string; participantId: string; agreementRecorded: boolean },
  ctx: CommandContext,
): Outcome<Enrolment> {
  const cohort = found(
    r.cohorts.find((c) => c.id === input.cohortId),
    'That cohort',
  );
  expectInScope(ctx.actor, cohort);
  const participant = found(
    r.participants.find((p) => p.id === input.participantId),
    'That participant',
  );
  const name = `${participant.givenName} ${participant.familyName}`;
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

/** Withdrawal (or removal after absences) ends the place and frees it. */
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
  const at = input.date ? `${input.date}T12:00:00.000Z` : ctx.now;
  const cs = new ChangeSet();
  const left = cs.put('enrolments', leave(enrolment, status, ctx, input.reason, at));
  freePlace(r, cohort, left, ctx, cs);
  const action = status === 'withdrawn' ? 'enrolment.withdraw' : 'enrolment.remove_after_absences';
  cs.audit(action, 'enrolment', enrolment.id, enrolment, left);
  return cs.done(left);
}

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
      code:
        r.attendance.find((a) => a.sessionId === s.id && a.enrolmentId === enrolment.id)?.code ??
        null,
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
  const target = found(
    r.cohorts.find((c) => c.id === input.toCohortId),
    'That cohort',
  );
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

/** DOMAIN.md: notice of an absence at an upcoming session is recorded as code 2 (it still counts
 * as an absence). Past sessions and finalised registers change only on the register, as an
 * amendment with a reason. */
export function recordCannotAttend(
  r: EnrolmentRecords,
  input: { enrolmentId: string; sessionNumber: number; note: string },
  ctx: CommandContext,
): Outcome<AttendanceRecord> {
  const { enrolment } = enrolmentInScope(r, input.enrolmentId, ctx);
  const session = found(
    r.sessions.find((s) => s.cohortId === enrolment.cohortId && s.number === input.sessionNumber),
    `Session ${input.sessionNumber}`,
  );
  const field = { sessionNumber: ['Choose an upcoming session'] };
  if (session.status !== 'scheduled') {
    refuse('invalid_state', 'That session was cancelled by the service.', field);
  }
  if (session.date < ctx.today) {
    refuse('invalid_state', 'That session has already happened: mark it on its register.', field);
  }
  if (session.registerFinalisedAt) {
    refuse(
      'invalid_state',
      'That register is finalised: change the mark there, as an amendment with a reason.',
      field,
    );
  }
  const record = r.attendance.find(
    (a) => a.sessionId === session.id && a.enrolmentId === enrolment.id,
  );
  if (record?.code != null && record.code !== 2) {
    refuse(
      'invalid_state',
      `${personName(r.participants, enrolment.participantId)} is already marked on that register.`,
      field,
    );
  }
  const cs = new ChangeSet();
  const next = cs.put('attendance', {
    id: record?.id ?? ctx.newId('att'),
    sessionId: session.id,
    enrolmentId: enrolment.id,
    catchUpSent: record?.catchUpSent ?? false,
    code: 2,
    note: input.note || 'Gave notice',
    updatedAt: ctx.now,
    updatedBy: ctx.actor.id,
    version: (record?.version ?? 0) + 1,
  });
  cs.audit('attendance.cannot_attend', 'attendance', next.id, record ?? null, next);
  return cs.done(next);
}
