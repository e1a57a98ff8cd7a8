import { z } from 'zod';
import { attendanceCodeSchema } from './attendance';
import { idSchema, isoDateSchema, isoDateTimeSchema, versionSchema } from './common';

const reason = z.string().trim().min(3, { error: 'Give a reason of at least 3 characters' }).max(500, { error: 'Keep the reason under 500 characters' });

/** DOMAIN.md "flag": someone at risk of, or in breach of, the absence threshold. */
export const flagViewSchema = z.object({
  enrolmentId: idSchema,
  enrolmentVersion: versionSchema,
  participantId: idSchema,
  name: z.string(),
  cohortId: idSchema,
  cohortName: z.string(),
  status: z.enum(['at_risk', 'breached']),
  absences: z.number().int(),
  consecutiveAbsences: z.number().int(),
  missed: z.array(z.object({ sessionNumber: z.number().int(), date: isoDateSchema, code: attendanceCodeSchema })),
  missedTopics: z.array(z.string()),
  lastAttended: isoDateSchema.nullable(),
  openedOn: isoDateSchema,
  review: z.object({ reason: z.string(), at: isoDateTimeSchema, byName: z.string() }).nullable(),
  contacts: z.array(z.object({ date: isoDateSchema, byName: z.string(), note: z.string() })),
  nextSession: z.object({ number: z.number().int(), date: isoDateSchema }).nullable(),
});
export type FlagView = z.infer<typeof flagViewSchema>;
export const flagListSchema = z.object({ items: z.array(flagViewSchema), threshold: z.number().int() });

export const flagActionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('keep'), reason }),
  z.object({ action: z.literal('withdraw'), reason }),
  z.object({ action: z.literal('transfer'), reason, toCohortId: z.string().min(1, { error: 'Choose a cohort' }) }),
]);
export type FlagAction = z.infer<typeof flagActionSchema>;

export const flagContactSchema = z.object({
  date: isoDateSchema,
  note: z.string().trim().min(3, { error: 'Say briefly how it went (at least 3 characters)' }).max(500),
});
export type FlagContactInput = z.infer<typeof flagContactSchema>;
