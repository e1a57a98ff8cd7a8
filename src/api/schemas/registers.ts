import { z } from 'zod';
import { attendanceCodeSchema, attendanceRecordSchema } from './attendance';
import { cohortSummarySchema, sessionSchema } from './cohorts';
import { idSchema, isoDateSchema } from './common';
import { rosterEntrySchema } from './participants';

/** This person's marks at the cohort's other sessions, so absences so far can be counted
 * on the client as marks change (src/domain/absence.ts does the counting). */
export const pastAttendanceSchema = z.object({
  sessionId: idSchema,
  sessionNumber: z.number().int(),
  date: isoDateSchema,
  topic: z.string(),
  code: attendanceCodeSchema.nullable(),
});

export const registerRowSchema = z.object({
  enrolment: rosterEntrySchema,
  record: attendanceRecordSchema.nullable(),
  otherSessions: z.array(pastAttendanceSchema),
});
export type RegisterRow = z.infer<typeof registerRowSchema>;

export const registerSchema = z.object({
  session: sessionSchema,
  cohort: cohortSummarySchema,
  rows: z.array(registerRowSchema),
  absenceThreshold: z.number().int(),
});
export type Register = z.infer<typeof registerSchema>;

export const registerListItemSchema = z.object({
  session: sessionSchema,
  cohortId: idSchema,
  cohortName: z.string(),
  expected: z.number().int().nonnegative(),
  marked: z.number().int().nonnegative(),
});
export type RegisterListItem = z.infer<typeof registerListItemSchema>;
export const registerListSchema = z.object({ items: z.array(registerListItemSchema), today: isoDateSchema });

/** One row per participant per session, for NHS Talking Therapies group-contact reporting. */
export const attendanceExportRowSchema = z.object({
  nhsNumber: z.string(),
  participant: z.string(),
  sessionNumber: z.number().int(),
  date: isoDateSchema,
  topic: z.string(),
  attendanceCode: attendanceCodeSchema,
  medium: z.enum(['video', 'face to face']),
  therapyMode: z.literal(3),
  participants: z.number().int(),
  facilitators: z.number().int(),
});
export const attendanceExportSchema = z.object({ cohortName: z.string(), rows: z.array(attendanceExportRowSchema) });

export const finaliseSchema = z.object({});
