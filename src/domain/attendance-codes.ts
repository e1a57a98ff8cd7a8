// Codes from the NHS Data Dictionary "ATTENDED OR DID NOT ATTEND" table in docs/domain.md.
export const ATTENDANCE_CODES = [5, 6, 7, 2, 3, 4, 0] as const;
export type AttendanceCode = (typeof ATTENDANCE_CODES)[number];

export const ATTENDED = 5 satisfies AttendanceCode;
export const LATE_SEEN = 6 satisfies AttendanceCode;
export const LATE_NOT_SEEN = 7 satisfies AttendanceCode;
export const GAVE_NOTICE = 2 satisfies AttendanceCode;
export const DID_NOT_ATTEND = 3 satisfies AttendanceCode;
/** Set by the system when the provider cancels a session, for everyone on its register. */
export const PROVIDER_CANCELLED = 4 satisfies AttendanceCode;
/** Set by the system for a session still to come. */
export const NOT_APPLICABLE = 0 satisfies AttendanceCode;

// 4 (provider cancelled) and 0 (future) are set by the system, not chosen on a register.
export const MARKABLE_CODES = [
  ATTENDED,
  LATE_SEEN,
  LATE_NOT_SEEN,
  GAVE_NOTICE,
  DID_NOT_ATTEND,
] as const;
export type MarkableCode = (typeof MARKABLE_CODES)[number];

const LABELS: Record<AttendanceCode, string> = {
  [ATTENDED]: 'Attended',
  [LATE_SEEN]: 'Late, seen',
  [LATE_NOT_SEEN]: 'Late, not seen',
  [GAVE_NOTICE]: 'Cancelled (gave notice)',
  [DID_NOT_ATTEND]: 'Did not attend',
  [PROVIDER_CANCELLED]: 'Cancelled by provider',
  [NOT_APPLICABLE]: 'Not applicable (future)',
};

export function isAttendanceCode(value: unknown): value is AttendanceCode {
  return (ATTENDANCE_CODES as readonly unknown[]).includes(value);
}

export function isMarkableCode(value: unknown): value is MarkableCode {
  return (MARKABLE_CODES as readonly unknown[]).includes(value);
}

export function attendanceLabel(code: AttendanceCode): string {
  return LABELS[code];
}

// docs/domain.md: 7, 2 and 3 count as absences; a notified cancellation still counts.
export function countsAsAbsence(code: AttendanceCode): boolean {
  return code === GAVE_NOTICE || code === DID_NOT_ATTEND || code === LATE_NOT_SEEN;
}

export function countsAsAttended(code: AttendanceCode): boolean {
  return code === ATTENDED || code === LATE_SEEN;
}

// docs/domain.md: 4 (provider cancelled) and 0 (future) mean the session did not happen for the
// person, and an unmarked row is not known yet, so none of them is due, counts as an absence
// or breaks a run of absences.
export function tookPlace(code: AttendanceCode | null): code is AttendanceCode {
  return code !== null && code !== NOT_APPLICABLE && code !== PROVIDER_CANCELLED;
}

/** A register has been taken for someone once they have a code other than 2 (notice given
 * beforehand, which can be recorded before the session). */
export function markedOnRegister(code: AttendanceCode | null): boolean {
  return code !== null && code !== GAVE_NOTICE;
}

/** A session the provider cancelled is code 4 for everyone, whatever its rows say. */
export function sessionCode<C extends AttendanceCode | null>(
  session: { status: string },
  code: C,
): C | typeof PROVIDER_CANCELLED {
  return session.status === 'cancelled_by_provider' ? PROVIDER_CANCELLED : code;
}

// Facilitators take the register fast on a laptop (docs/domain.md "people"): one key per code.
export const attendanceShortcut: Record<MarkableCode, string> = {
  [ATTENDED]: 'A',
  [LATE_SEEN]: 'S',
  [LATE_NOT_SEEN]: 'N',
  [GAVE_NOTICE]: 'C',
  [DID_NOT_ATTEND]: 'D',
};

export function codeForKey(key: string): MarkableCode | undefined {
  const upper = key.toUpperCase();
  return MARKABLE_CODES.find((code) => attendanceShortcut[code] === upper);
}
