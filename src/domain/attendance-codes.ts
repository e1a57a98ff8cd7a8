// Codes from the NHS Data Dictionary "ATTENDED OR DID NOT ATTEND" table in DOMAIN.md.
export const ATTENDANCE_CODES = [5, 6, 7, 2, 3, 4, 0] as const;
export type AttendanceCode = (typeof ATTENDANCE_CODES)[number];

// 4 (provider cancelled) and 0 (future) are set by the system, not chosen on a register.
export const MARKABLE_CODES = [5, 6, 7, 2, 3] as const;
export type MarkableCode = (typeof MARKABLE_CODES)[number];

const LABELS: Record<AttendanceCode, string> = {
  5: 'Attended',
  6: 'Late, seen',
  7: 'Late, not seen',
  2: 'Cancelled (gave notice)',
  3: 'Did not attend',
  4: 'Cancelled by provider',
  0: 'Not applicable (future)',
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

// DOMAIN.md: 7, 2 and 3 count as absences; a notified cancellation still counts.
export function countsAsAbsence(code: AttendanceCode): boolean {
  return code === 2 || code === 3 || code === 7;
}

export function countsAsAttended(code: AttendanceCode): boolean {
  return code === 5 || code === 6;
}

// Facilitators take the register fast on a laptop (DOMAIN.md "people"): one key per code.
export const attendanceShortcut: Record<MarkableCode, string> = {
  5: 'A',
  6: 'S',
  7: 'N',
  2: 'C',
  3: 'D',
};

export function codeForKey(key: string): MarkableCode | undefined {
  const upper = key.toUpperCase();
  return MARKABLE_CODES.find((code) => attendanceShortcut[code] === upper);
}
