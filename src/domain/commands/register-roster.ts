import type { AttendanceRecord } from '../../api/schemas/attendance';
import type { Cohort, Session } from '../../api/schemas/cohorts';
import type { Enrolment } from '../../api/schemas/participants';
import { wasEnrolledOn } from '../enrolment';
import { found, type CommandContext } from './command';
import type { ChangeSet } from './change-set';
import { cohortInScope } from './places';

// Who is on a session's register and what is recorded for them: shared by marking,
// finalising, cancelling a session and recording notice of an absence.

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
  return { session, cohort: cohortInScope(r, session.cohortId, ctx) };
}

/** docs/domain.md "register": who has a row on a session's register, everyone in its cohort who was
 * enrolled on the session's date (not before joining, not after leaving, not on an offer). */
export function registerEnrolments<
  E extends Pick<Enrolment, 'cohortId' | 'status' | 'joinedOn' | 'history'>,
>(enrolments: readonly E[], session: Pick<Session, 'cohortId' | 'date'>): E[] {
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

/** Writes one person's record at one session: a new one, or the next version of `record`. */
export function putAttendance(
  cs: ChangeSet,
  ctx: CommandContext,
  record: AttendanceRecord | undefined,
  next: Pick<AttendanceRecord, 'sessionId' | 'enrolmentId' | 'code' | 'note' | 'catchUpSent'>,
): AttendanceRecord {
  return cs.put('attendance', {
    id: record?.id ?? ctx.newId('att'),
    sessionId: next.sessionId,
    enrolmentId: next.enrolmentId,
    code: next.code,
    note: next.note,
    catchUpSent: next.catchUpSent,
    updatedAt: ctx.now,
    updatedBy: ctx.actor.id,
    version: (record?.version ?? 0) + 1,
  });
}
