import { z } from 'zod/mini';
import { attendanceCodeSchema, attendanceRecordSchema } from './attendance';
import { cohortSummarySchema, sessionSchema } from './cohorts';
import { idSchema, intSchema, isoDateSchema, text } from './common';
import { courseMessageSchema } from './course-messages';
import { rowMeasuresSchema } from './row-measures';
import { rosterEntrySchema } from './participants';

/** This person's marks at the cohort's other sessions, so absences so far can be counted
 * on the client as marks change (src/domain/absence.ts does the counting). */
export const pastAttendanceSchema = z.object({
  sessionId: idSchema,
  sessionNumber: intSchema,
  date: isoDateSchema,
  topic: text(),
  code: z.nullable(attendanceCodeSchema),
});

export const registerRowSchema = z.object({
  enrolment: rosterEntrySchema,
  record: z.nullable(attendanceRecordSchema),
  otherSessions: z.array(pastAttendanceSchema),
  /** Outcome measures at this session: version 0 and nothing given before the first. */
  measures: rowMeasuresSchema,
  /** Messages about this session sent to this person by GOV.UK Notify: missed material, a
   * change to the session (always none on the mock, which sends nothing). */
  messages: z.array(courseMessageSchema),
});
export type RegisterRow = z.infer<typeof registerRowSchema>;

export const registerSchema = z.object({
  session: sessionSchema,
  cohort: cohortSummarySchema,
  rows: z.array(registerRowSchema),
  absenceThreshold: intSchema,
});
export type Register = z.infer<typeof registerSchema>;

export const registerListItemSchema = z.object({
  session: sessionSchema,
  cohortId: idSchema,
  cohortName: text(),
  expected: intSchema.check(z.nonnegative()),
  marked: intSchema.check(z.nonnegative()),
});
export type RegisterListItem = z.infer<typeof registerListItemSchema>;
export const registerListSchema = z.object({
  items: z.array(registerListItemSchema),
  today: isoDateSchema,
});

/** One row per participant per session, for NHS Talking Therapies group-contact reporting. */
export const attendanceExportRowSchema = z.object({
  nhsNumber: text(),
  participant: text(),
  sessionNumber: intSchema,
  date: isoDateSchema,
  topic: text(),
  attendanceCode: attendanceCodeSchema,
  medium: z.enum(['video', 'face to face']),
  therapyMode: z.literal(3),
  participants: intSchema,
  facilitators: intSchema,
});
export const attendanceExportSchema = z.object({
  cohortName: text(),
  rows: z.array(attendanceExportRowSchema),
});

export const finaliseSchema = z.object({});
