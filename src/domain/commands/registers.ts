import type { AttendanceRecord } from '../../api/schemas/attendance';
import type { Cohort, Session } from '../../api/schemas/cohorts';
import type { Enrolment } from '../../api/schemas/participants';
import { countsAsAttended, type MarkableCode } from '../attendance-codes';
import { wasEnrolledOn } from '../enrolment';
import { ChangeSet, expectVersion, refuse, type CommandContext, type Outcome } from './command';
import { expectInScope, found } from './places';

// Registers: marking one person at one session, and finalising a register once everyone is marked.

export interface RegisterRecords {
  cohorts: readonly Cohort[];
  sessions: readonly Session[];
  enrolments: readonly Enrolment[];
  attendance: readonly AttendanceRecord[];
}

/** The session and its cohort, refused outside the actor's scope. */
export function sessionInScope(
  r: Pick<RegisterRecords, 'cohorts' | 'sessions'>,
  sessionId: string,
  ctx: Pick<CommandContext, 'actor'>,
): { session: Session; cohort: Cohort } {
  const session = found(
    r.sessions.find((s) => s.id === sessionId),
    'That session',
  );
  const cohort = found(
    r.cohorts.find((c) => c.id === session.cohortId),
    'That cohort',
  );
  expectInScope(ctx.actor, cohort);
  return { session, cohort };
}

/** DOMAIN.md "register": who has a row on a session's register, everyone in its cohort who was
 * enrolled on the session's date (not before joining, not after leaving, not on an offer). */
export function registerEnrolments(
  enrolments: readonly Enrolment[],
  session: Pick<Session, 'cohortId' | 'date'>,
): Enrolment[] {
  return enrolments.filter(
    (e) => e.cohortId === session.cohortId && wasEnrolledOn(e, session.date),
  );
}

/** The attendance record of one person at one session, if anyone has marked it. */
export function attendanceAt(
  attendance: readonly AttendanceRecord[],
  sessionId: string,
  enrolmentId: string,
): AttendanceRecord | undefined {
  return attendance.find((a) => a.sessionId === sessionId && a.enrolmentId === enrolmentId);
}

/** How many people on a register have no code yet. */
export function unmarkedCount(
  r: Pick<RegisterRecords, 'enrolments' | 'attendance'>,
  session: Session,
): number {
  return registerEnrolments(r.enrolments, session).filter(
    (e) => attendanceAt(r.attendance, session.id, e.id)?.code == null,
  ).length;
}

export interface MarkAttendanceInput {
  sessionId: string;
  enrolmentId: string;
  /** The record's version the writer last saw (0: no record yet). */
  version: number;
  code?: MarkableCode;
  note?: string;
  catchUpSent?: boolean;
  amendmentReason?: string;
}

/** PUT /sessions/:sessionId/attendance/:enrolmentId: mark, note or catch-up for one person.
 * DOMAIN.md: no one is present before the group agreement; a finalised register changes only
 * as an amendment with a reason, whatever the change. */
export function markAttendance(
  r: RegisterRecords,
  input: MarkAttendanceInput,
  ctx: CommandContext,
): Outcome<AttendanceRecord> {
  const { session } = sessionInScope(r, input.sessionId, ctx);
  const enrolment = found(
    registerEnrolments(r.enrolments, session).find((e) => e.id === input.enrolmentId),
    'That participant on this register',
  );
  if (session.status === 'cancelled_by_provider') {
    refuse('invalid_state', 'The provider cancelled this session; there is nothing to mark.');
  }
  if (session.date > ctx.today) {
    refuse('invalid_state', 'This session has not happened yet.');
  }
  if (input.code !== undefined && countsAsAttended(input.code) && !enrolment.agreementRecordedAt) {
    refuse('agreement_missing', 'Record the group agreement before marking this person present.', {
      code: ['Group agreement not recorded'],
    });
  }
  const amendmentReason = input.amendmentReason?.trim() || null;
  const amending = Boolean(session.registerFinalisedAt);
  if (amending && !amendmentReason) {
    refuse('invalid_state', 'This register is finalised: give a reason for the amendment.', {
      amendmentReason: ['Give a reason for the amendment'],
    });
  }
  const record = attendanceAt(r.attendance, session.id, enrolment.id);
  expectVersion(input.version, record ?? { version: 0 }, record ?? null);
  const cs = new ChangeSet();
  const next = cs.put('attendance', {
    id: record?.id ?? ctx.newId('att'),
    sessionId: session.id,
    enrolmentId: enrolment.id,
    code: input.code ?? record?.code ?? null,
    note: input.note ?? record?.note ?? '',
    catchUpSent: input.catchUpSent ?? record?.catchUpSent ?? false,
    updatedAt: ctx.now,
    updatedBy: ctx.actor.id,
    version: (record?.version ?? 0) + 1,
  });
  cs.audit(
    amending ? 'attendance.amend' : 'attendance.mark',
    'attendance',
    next.id,
    record ?? null,
    { ...next, amendmentReason },
  );
  return cs.done(next);
}

/** POST /sessions/:sessionId/finalise: once, and only when everyone on it is marked. */
export function finaliseRegister(
  r: RegisterRecords,
  input: { sessionId: string; version: number },
  ctx: CommandContext,
): Outcome<Session> {
  const { session } = sessionInScope(r, input.sessionId, ctx);
  expectVersion(input.version, session);
  if (session.registerFinalisedAt) {
    refuse('invalid_state', 'This register is already finalised.');
  }
  const unmarked = unmarkedCount(r, session);
  if (unmarked > 0) {
    refuse(
      'invalid_state',
      unmarked === 1 ? '1 person is not marked yet.' : `${unmarked} people are not marked yet.`,
    );
  }
  const cs = new ChangeSet();
  const next = cs.put('sessions', {
    ...session,
    registerFinalisedAt: ctx.now,
    version: session.version + 1,
  });
  cs.audit('register.finalise', 'session', session.id, session, next);
  return cs.done(next);
}
