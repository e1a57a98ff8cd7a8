import type { AttendanceRecord } from '../../api/schemas/attendance';
import type { Session } from '../../api/schemas/cohorts';
import { countsAsAttended, type MarkableCode } from '../attendance-codes';
import { expectVersion, found, refuse, type CommandContext, type Outcome } from './command';
import { ChangeSet } from './change-set';
import { notStartedYet } from '../session-start';
import {
  attendanceAt,
  putAttendance,
  registerEnrolments,
  sessionInScope,
  unmarkedCount,
  type RegisterRecords,
} from './register-roster';
import { count, pluralWord } from '../plural';

// Registers: marking one person at one session, and finalising a register once everyone is marked.

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
 * docs/domain.md: no one is present before the group agreement; a finalised register changes only
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
  const next = putAttendance(cs, ctx, record, {
    sessionId: session.id,
    enrolmentId: enrolment.id,
    code: input.code ?? record?.code ?? null,
    note: input.note ?? record?.note ?? '',
    catchUpSent: input.catchUpSent ?? record?.catchUpSent ?? false,
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

/** POST /sessions/:sessionId/finalise: once, only after the session has started (London time)
 * and only when everyone on it is marked. */
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
  const early = notStartedYet(session, new Date(ctx.now));
  if (early) refuse('session_not_started', early);
  const unmarked = unmarkedCount(r, session);
  if (unmarked > 0) {
    refuse(
      'invalid_state',
      `${count(unmarked, 'person', 'people')} ${pluralWord(unmarked, 'is', 'are')} not marked yet.`,
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
