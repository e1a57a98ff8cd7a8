import { z } from 'zod';
import { ATTENDANCE_CODES, MARKABLE_CODES } from '../../domain/attendance-codes';
import { idSchema, isoDateTimeSchema, versionSchema } from './common';

export const attendanceCodeSchema = z.union(ATTENDANCE_CODES.map((c) => z.literal(c)));
export const markableCodeSchema = z.union(MARKABLE_CODES.map((c) => z.literal(c)), {
  error: 'Choose Attended, Late seen, Late not seen, Cancelled or Did not attend',
});

export const attendanceRecordSchema = z.object({
  id: idSchema,
  sessionId: idSchema,
  enrolmentId: idSchema,
  code: attendanceCodeSchema.nullable(),
  note: z.string(),
  catchUpSent: z.boolean(),
  updatedAt: isoDateTimeSchema.nullable(),
  updatedBy: idSchema.nullable(),
  version: versionSchema,
});
export type AttendanceRecord = z.infer<typeof attendanceRecordSchema>;

/** One mark on a register; `version` is the record's version the writer last saw. */
export const markAttendanceSchema = z.object({
  code: markableCodeSchema.optional(),
  note: z.string().trim().max(500, { error: 'Keep the note under 500 characters' }).optional(),
  catchUpSent: z.boolean().optional(),
  amendmentReason: z.string().trim().min(3).max(300).optional(),
});
export type MarkAttendance = z.infer<typeof markAttendanceSchema>;
