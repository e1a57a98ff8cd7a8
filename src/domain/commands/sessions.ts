import type { Session } from '../../api/schemas/cohorts';
import { GAVE_NOTICE, markedOnRegister, PROVIDER_CANCELLED } from '../attendance-codes';
import { rescheduleSession as moveInSchedule, ScheduleError } from '../schedule';
import { expectVersion, refuse, type CommandContext, type Outcome } from './command';
import { ChangeSet } from './change-set';
import { expectNotHeld } from './finalised-registers';
import {
  attendanceAt,
  putAttendance,
  registerEnrolments,
  sessionInScope,
  type RegisterRecords,
} from './register-roster';

// Sessions: moving one to another date, and the provider cancelling one for everyone.

/** A register has been taken once anyone has a code other than 2 (notice given beforehand). */
function registerTaken(r: Pick<RegisterRecords, 'attendance'>, session: Session): boolean {
  return r.attendance.some((a) => a.sessionId === session.id && markedOnRegister(a.code));
}

/** PATCH /sessions/:sessionId: a new date, not a bank holiday, strictly between its neighbours
 * (src/domain/schedule.ts), and only while no register has been taken. */
export function rescheduleSession(
  r: RegisterRecords,
  input: { sessionId: string; version: number; date: string },
  ctx: CommandContext,
): Outcome<Session> {
  const { session } = sessionInScope(r, input.sessionId, ctx);
  expectVersion(input.version, session);
  if (session.registerFinalisedAt || registerTaken(r, session)) {
    refuse('invalid_state', 'This session already has a register; it cannot move.');
  }
  const siblings = r.sessions.filter((s) => s.cohortId === session.cohortId);
  try {
    moveInSchedule(siblings, session.number, input.date);
  } catch (e) {
    if (e instanceof ScheduleError) refuse('validation_failed', e.message, { date: [e.message] });
    throw e;
  }
  const cs = new ChangeSet();
  const next = cs.put('sessions', { ...session, date: input.date, version: session.version + 1 });
  cs.audit('session.reschedule', 'session', session.id, session, next);
  return cs.done(next);
}

/** POST /sessions/:sessionId/cancel. docs/domain.md code 4: cancelled by the provider, for everyone
 * on the register; it is not an absence. Only before the session starts: a held session's
 * register is a record of who came (./finalised-registers.ts). Notice someone gave (code 2)
 * becomes 4, each change audited with the code it replaces. */
export function cancelSession(
  r: RegisterRecords,
  input: { sessionId: string; version: number; reason: string },
  ctx: CommandContext,
): Outcome<Session> {
  const { session } = sessionInScope(r, input.sessionId, ctx);
  expectVersion(input.version, session);
  if (session.status === 'cancelled_by_provider') {
    refuse('invalid_state', 'This session is already cancelled.');
  }
  expectNotHeld(session, ctx);
  const cs = new ChangeSet();
  const next = cs.put('sessions', {
    ...session,
    status: 'cancelled_by_provider',
    version: session.version + 1,
  });
  for (const enrolment of registerEnrolments(r.enrolments, session)) {
    const record = attendanceAt(r.attendance, session.id, enrolment.id);
    const written = putAttendance(cs, ctx, record, {
      sessionId: session.id,
      enrolmentId: enrolment.id,
      code: PROVIDER_CANCELLED,
      note: record?.note ?? '',
      catchUpSent: record?.catchUpSent ?? false,
    });
    if (record?.code === GAVE_NOTICE)
      cs.audit('attendance.session-cancelled', 'attendance', written.id, record, written);
  }
  cs.audit('session.cancel', 'session', session.id, session, { ...next, reason: input.reason });
  return cs.done(next);
}
