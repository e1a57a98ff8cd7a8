import { z } from 'zod/mini';
import { FACILITATOR_MIX_MESSAGE, hasDisciplineMix } from '../../domain/facilitators';
import {
  idSchema,
  intSchema,
  isoDateSchema,
  shortText,
  timeSchema,
  versionSchema,
  text,
} from './common';
import { disciplineSchema } from './staff';

export const cohortTypeSchema = z.enum(['course', 'workshop']);
export const deliverySchema = z.enum(['online', 'face_to_face']);
export const cohortStatusSchema = z.enum(['planned', 'running', 'completed', 'cancelled']);
export type CohortStatus = z.infer<typeof cohortStatusSchema>;

/** docs/domain.md: groups hold 10 to 20 people. */
export const MAX_CAPACITY = 20;
export const VIABLE_MINIMUM = 10;

const cohortFields = z.object({
  name: shortText('Name', 80),
  type: cohortTypeSchema,
  delivery: deliverySchema,
  videoLink: z._default(
    z.union([z.url({ protocol: /^https$/, error: 'Enter an https:// video link' }), z.literal('')]),
    '',
  ),
  venue: z._default(text().check(z.trim(), z.maxLength(120)), ''),
  startDate: isoDateSchema,
  startTime: timeSchema,
  sessionLengthMinutes: z
    .number({ error: 'Enter a length in minutes' })
    .check(z.int(), z.gte(30), z.lte(240)),
  capacity: z
    .number({ error: 'Enter a capacity' })
    .check(
      z.int(),
      z.gte(1, { error: 'Capacity must be at least 1' }),
      z.lte(MAX_CAPACITY, { error: `Capacity cannot be more than ${MAX_CAPACITY}` }),
    ),
  facilitatorIds: z
    .array(idSchema)
    .check(
      z.minLength(2, { error: 'Choose 2 or 3 facilitators' }),
      z.maxLength(3, { error: 'Choose 2 or 3 facilitators' }),
    ),
});

/** Rules that span fields; the discipline mix needs the staff list, so it is passed in. */
export function makeCohortInputSchema(
  disciplineOf: (staffId: string) => string | null | undefined = () => undefined,
) {
  return cohortFields.check(
    z.superRefine((v, ctx) => {
      if (v.delivery === 'online' && !v.videoLink) {
        ctx.addIssue({
          code: 'custom',
          path: ['videoLink'],
          message: 'An online cohort needs a video link',
        });
      }
      if (v.delivery === 'face_to_face' && !v.venue) {
        ctx.addIssue({
          code: 'custom',
          path: ['venue'],
          message: 'A face-to-face cohort needs a venue',
        });
      }
      if (new Set(v.facilitatorIds).size !== v.facilitatorIds.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['facilitatorIds'],
          message: 'Each facilitator can be chosen once',
        });
      }
      const disciplines = v.facilitatorIds.map(disciplineOf);
      if (disciplines.every((d) => d !== undefined) && !hasDisciplineMix(disciplines)) {
        ctx.addIssue({
          code: 'custom',
          path: ['facilitatorIds'],
          message: FACILITATOR_MIX_MESSAGE,
        });
      }
    }),
  );
}
export const cohortInputSchema = makeCohortInputSchema();
export type CohortInput = z.input<typeof cohortInputSchema>;

export const cohortSchema = z.extend(cohortFields, {
  id: idSchema,
  status: cohortStatusSchema,
  cancelReason: z.nullable(text()),
  version: versionSchema,
});
export type Cohort = z.infer<typeof cohortSchema>;

export const facilitatorRefSchema = z.object({
  id: idSchema,
  name: text(),
  discipline: z.nullable(disciplineSchema),
});

/** A cohort as lists show it: the record plus figures the server derives. */
export const cohortSummarySchema = z.extend(cohortSchema, {
  facilitators: z.array(facilitatorRefSchema),
  filled: intSchema.check(z.nonnegative()),
  nextSession: z.nullable(z.object({ number: intSchema, date: isoDateSchema })),
});
export type CohortSummary = z.infer<typeof cohortSummarySchema>;
export const cohortListSchema = z.object({ items: z.array(cohortSummarySchema) });

export const sessionStatusSchema = z.enum(['scheduled', 'cancelled_by_provider']);
export const sessionSchema = z.object({
  id: idSchema,
  cohortId: idSchema,
  number: intSchema.check(z.gte(1), z.lte(8)),
  date: isoDateSchema,
  startTime: timeSchema,
  topic: text(),
  status: sessionStatusSchema,
  registerFinalisedAt: z.nullable(text()),
  /** This session's own video link when it differs from the cohort's; null: the cohort's. */
  videoLink: z.nullable(text()),
  version: versionSchema,
});
export type Session = z.infer<typeof sessionSchema>;
export const sessionListSchema = z.object({ items: z.array(sessionSchema) });

export const cohortDetailSchema = z.object({
  cohort: cohortSummarySchema,
  sessions: z.array(sessionSchema),
});
export type CohortDetail = z.infer<typeof cohortDetailSchema>;

/** POST /cohorts/:id/cancel: why a cohort will not run. */
export const cohortCancelSchema = z.object({
  reason: text().check(
    z.trim(),
    z.minLength(3, { error: 'Give a reason of at least 3 characters' }),
    z.maxLength(300),
  ),
});

/** PATCH /sessions/:sessionId: move one session to another date. */
/** A message to everyone placed in the cohort about the change, by GOV.UK Notify
 * (docs/missed-material.md); the mock sends nothing. */
const messageGroupSchema = z._default(z.boolean(), false);
export const rescheduleRequestSchema = z.object({
  date: isoDateSchema,
  messageGroup: messageGroupSchema,
});

/** POST /sessions/:sessionId/cancel: the provider cancels a session (code 4 for everyone). */
export const providerCancelRequestSchema = z.object({
  reason: text().check(z.trim(), z.minLength(3), z.maxLength(300)),
  messageGroup: messageGroupSchema,
});
