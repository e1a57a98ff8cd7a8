import type { AttendanceRecord } from '../../api/schemas/attendance';
import { GAVE_NOTICE, markedOnRegister } from '../attendance-codes';
import { found, refuse, type CommandContext, type Outcome } from './command';
import { ChangeSet } from './change-set';
import { enrolmentInScope, type EnrolmentRecords } from './enrolments';
import { personName } from './places';
import { attendanceAt, putAttendance } from './register-roster';

/** docs/domain.md: notice of an absence at an upcoming session is recorded as code 2 (it still counts
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
  const record = attendanceAt(r.attendance, session.id, enrolment.id);
  if (markedOnRegister(record?.code ?? null)) {
    refuse(
      'invalid_state',
      `${personName(r.participants, enrolment.participantId)} is already marked on that register.`,
      field,
    );
  }
  const cs = new ChangeSet();
  const next = putAttendance(cs, ctx, record, {
    sessionId: session.id,
    enrolmentId: enrolment.id,
    code: GAVE_NOTICE,
    note: input.note || 'Gave notice',
    catchUpSent: record?.catchUpSent ?? false,
  });
  cs.audit('attendance.cannot_attend', 'attendance', next.id, record ?? null, next);
  return cs.done(next);
}
