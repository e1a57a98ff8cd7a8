import { z } from 'zod/mini';
import { attendanceCodeSchema } from './attendance';
import { rosterEntrySchema } from './participants';
import {
  idSchema,
  intSchema,
  isoDateSchema,
  isoDateTimeSchema,
  versionSchema,
  text,
} from './common';

const reason = text().check(
  z.trim(),
  z.minLength(3, { error: 'Give a reason of at least 3 characters' }),
  z.maxLength(500, { error: 'Keep the reason under 500 characters' }),
);

/** docs/domain.md "flag": someone at risk of, or in breach of, the absence threshold. */
export const flagViewSchema = z.object({
  enrolmentId: idSchema,
  enrolmentVersion: versionSchema,
  participantId: idSchema,
  name: text(),
  cohortId: idSchema,
  cohortName: text(),
  status: z.enum(['at_risk', 'breached']),
  absences: intSchema,
  consecutiveAbsences: intSchema,
  missed: z.array(
    z.object({ sessionNumber: intSchema, date: isoDateSchema, code: attendanceCodeSchema }),
  ),
  missedTopics: z.array(text()),
  lastAttended: z.nullable(isoDateSchema),
  openedOn: isoDateSchema,
  review: z.nullable(z.object({ reason: text(), at: isoDateTimeSchema, byName: text() })),
  contacts: z.array(z.object({ date: isoDateSchema, byName: text(), note: text() })),
  nextSession: z.nullable(z.object({ number: intSchema, date: isoDateSchema })),
});
export type FlagView = z.infer<typeof flagViewSchema>;
export const flagListSchema = z.object({ items: z.array(flagViewSchema), threshold: intSchema });

export const flagActionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('keep'), reason }),
  z.object({ action: z.literal('withdraw'), reason }),
  z.object({
    action: z.literal('transfer'),
    reason,
    toCohortId: text().check(z.minLength(1, { error: 'Choose a cohort' })),
  }),
]);
export type FlagAction = z.infer<typeof flagActionSchema>;

export const flagContactSchema = z.object({
  date: isoDateSchema,
  note: text().check(
    z.trim(),
    z.minLength(3, { error: 'Say briefly how it went (at least 3 characters)' }),
    z.maxLength(500),
  ),
});
export type FlagContactInput = z.infer<typeof flagContactSchema>;

/** What acting on a flag answers: the flag as it now stands (keep), or the person's place in
 * the cohort they moved to (transfer) or left (withdraw). */
export const flagResolveResponseSchema = z.union([flagViewSchema, rosterEntrySchema, z.null()]);
