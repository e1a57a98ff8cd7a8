import type { AttendanceRecord } from '../../api/schemas/attendance';
import type { Session } from '../../api/schemas/cohorts';
import { markedOnRegister } from '../attendance-codes';
import { recordCannotAttend } from './cannot-attend';
import { found, refuse, type Changes, type CommandContext, type Outcome } from './command';
import { withdrawEnrolment, type EnrolmentRecords } from './enrolments';

// "I can't make it", said by the person through the link their reminder carried. Each session
// they choose is recorded by the same command as staff's notice (code 2, before the session,
// counted as an absence); for a workshop, its one session is the whole course, so the place
// is also freed at once (a withdrawal, which opens a vacancy offered to the next person).

export const CANNOT_ATTEND_REASONS = ['unwell', 'work_or_caring', 'appointment', 'other'] as const;
export type CannotAttendReason = (typeof CANNOT_ATTEND_REASONS)[number];

export const CANNOT_ATTEND_REASON_LABELS: Record<CannotAttendReason, string> = {
  unwell: 'I am unwell',
  work_or_caring: 'Work or caring',
  appointment: 'Another appointment',
  other: 'Another reason',
};

/** The sessions a person may still say they will miss: scheduled, not yet past, register open
 * and not already marked for them. */
export function sessionsToMiss(
  r: Pick<EnrolmentRecords, 'sessions' | 'attendance'>,
  enrolment: { id: string; cohortId: string },
  today: string,
): { session: Session; noticeGiven: boolean }[] {
  const markOf = (s: Session): AttendanceRecord | undefined =>
    r.attendance.find((a) => a.sessionId === s.id && a.enrolmentId === enrolment.id);
  return r.sessions
    .filter(
      (s) =>
        s.cohortId === enrolment.cohortId &&
        s.status === 'scheduled' &&
        s.date >= today &&
        !s.registerFinalisedAt &&
        !markedOnRegister(markOf(s)?.code ?? null),
    )
    .sort((a, b) => a.number - b.number)
    .map((session) => ({ session, noticeGiven: markOf(session)?.code === 2 }));
}

function merge(into: Changes, from: Changes): void {
  for (const [table, rows] of Object.entries(from.put) as [keyof Changes['put'], never[]][])
    into.put[table] = [...(into.put[table] ?? []), ...rows] as never;
  into.audit.push(...from.audit);
}

export function cannotAttendByLink(
  r: EnrolmentRecords,
  input: { enrolmentId: string; sessionNumbers: number[]; reason: CannotAttendReason | null },
  ctx: CommandContext,
): Outcome<{ recorded: number[]; placeFreed: boolean }> {
  const enrolment = found(
    r.enrolments.find((e) => e.id === input.enrolmentId),
    'That place',
  );
  if (enrolment.status !== 'confirmed' && enrolment.status !== 'active')
    refuse('invalid_state', 'This place is no longer held.');
  if (input.sessionNumbers.length === 0)
    refuse('validation_failed', 'Some details need correcting.', {
      sessionNumbers: ['Choose the sessions you cannot come to'],
    });
  const note = `Said by link${input.reason ? `: ${CANNOT_ATTEND_REASON_LABELS[input.reason]}` : ''}`;
  const changes: Changes = { put: {}, remove: {}, audit: [] };
  for (const sessionNumber of [...new Set(input.sessionNumbers)].sort((a, b) => a - b))
    merge(
      changes,
      recordCannotAttend(r, { enrolmentId: enrolment.id, sessionNumber, note }, ctx).changes,
    );
  const cohort = found(
    r.cohorts.find((c) => c.id === enrolment.cohortId),
    'That course',
  );
  const placeFreed = cohort.type === 'workshop';
  if (placeFreed)
    merge(
      changes,
      withdrawEnrolment(
        r,
        { enrolmentId: enrolment.id, version: enrolment.version, reason: note },
        ctx,
      ).changes,
    );
  return { changes, result: { recorded: input.sessionNumbers, placeFreed } };
}
