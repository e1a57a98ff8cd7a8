import Papa from 'papaparse';
import type { z } from 'zod/mini';
import type { attendanceExportRowSchema } from '../../api/schemas/registers';

type Row = z.infer<typeof attendanceExportRowSchema>;

const HEADERS = [
  'NHS number',
  'Participant',
  'Session number',
  'Date',
  'Topic',
  'Attendance code',
  'Medium',
  'Therapy mode',
  'Number of participants',
  'Number of facilitators',
];

/** One row per participant per session. Cells that a spreadsheet would run as a formula
 * (=, +, -, @) are prefixed with a quote (OWASP CSV injection). */
export function toAttendanceCsv(rows: Row[]): string {
  const safe = (v: string | number) =>
    typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return Papa.unparse({
    fields: HEADERS,
    data: rows.map((r) =>
      [
        r.nhsNumber,
        r.participant,
        r.sessionNumber,
        r.date,
        r.topic,
        r.attendanceCode,
        r.medium,
        r.therapyMode,
        r.participants,
        r.facilitators,
      ].map(safe),
    ),
  });
}
