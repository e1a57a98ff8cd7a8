import { z } from 'zod/mini';
import { ATTENDANCE_CODES, MARKABLE_CODES } from '../../domain/attendance-codes';
import { idSchema, isoDateTimeSchema, versionSchema, text } from './common';

export const attendanceCodeSchema = z.union(ATTENDANCE_CODES.map((c) => z.literal(c)));
export const markableCodeSchema = z.union(
  MARKABLE_CODES.map((c) => z.literal(c)),
  {
    error: 'Choose Attended, Late seen, Late not seen, Cancelled or Did not attend',
  },
);

export const attendanceRecordSchema = z.object({
  id: idSchema,
  sessionId: idSchema,
  enrolmentId: idSchema,
  code: z.nullable(attendanceCodeSchema),
  note: text(),
  catchUpSent: z.boolean(),
  updatedAt: z.nullable(isoDateTimeSchema),
  updatedBy: z.nullable(idSchema),
  version: versionSchema,
});
export type AttendanceRecord = z.infer<typeof attendanceRecordSchema>;

/** One mark on a register; `version` is the record's version the writer last saw. */
export const markAttendanceSchema = z.object({
  code: z.optional(markableCodeSchema),
  note: z.optional(
    text().check(z.trim(), z.maxLength(500, { error: 'Keep the note under 500 characters' })),
  ),
  catchUpSent: z.optional(z.boolean()),
  amendmentReason: z.optional(text().check(z.trim(), z.minLength(3), z.maxLength(300))),
});
export type MarkAttendance = z.infer<typeof markAttendanceSchema>;
