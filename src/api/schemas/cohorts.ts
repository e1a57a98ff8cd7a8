import { z } from 'zod';
import { idSchema, isoDateSchema, shortText, timeSchema, versionSchema } from './common';
import { disciplineSchema } from './staff';

export const cohortTypeSchema = z.enum(['course', 'workshop']);
export const deliverySchema = z.enum(['online', 'face_to_face']);
export const cohortStatusSchema = z.enum(['planned', 'running', 'completed', 'cancelled']);
export type CohortStatus = z.infer<typeof cohortStatusSchema>;

/** DOMAIN.md: groups hold 10 to 20 people. */
export const MAX_CAPACITY = 20;
export const VIABLE_MINIMUM = 10;

const cohortFields = z.object({
  name: shortText('Name', 80),
  type: cohortTypeSchema,
  delivery: deliverySchema,
  videoLink: z.union([z.url({ protocol: /^https$/, error: 'Enter an https:// video link' }), z.literal('')]).default(''),
  venue: z.string().trim().max(120).default(''),
  startDate: isoDateSchema,
  startTime: timeSchema,
  sessionLengthMinutes: z.number({ error: 'Enter a length in minutes' }).int().min(30).max(240),
  capacity: z
    .number({ error: 'Enter a capacity' })
    .int()
    .min(1, { error: 'Capacity must be at least 1' })
    .max(MAX_CAPACITY, { error: `Capacity cannot be more than ${MAX_CAPACITY}` }),
  facilitatorIds: z
    .array(idSchema)
    .min(2, { error: 'Choose 2 or 3 facilitators' })
    .max(3, { error: 'Choose 2 or 3 facilitators' }),
});

/** Rules that span fields; the discipline mix needs the staff list, so it is passed in. */
export function makeCohortInputSchema(disciplineOf: (staffId: string) => string | null | undefined = () => undefined) {
  return cohortFields.superRefine((v, ctx) => {
    if (v.delivery === 'online' && !v.videoLink) {
      ctx.addIssue({ code: 'custom', path: ['videoLink'], message: 'An online cohort needs a video link' });
    }
    if (v.delivery === 'face_to_face' && !v.venue) {
      ctx.addIssue({ code: 'custom', path: ['venue'], message: 'A face-to-face cohort needs a venue' });
    }
    if (new Set(v.facilitatorIds).size !== v.facilitatorIds.length) {
      ctx.addIssue({ code: 'custom', path: ['facilitatorIds'], message: 'Each facilitator can be chosen once' });
    }
    const disciplines = v.facilitatorIds.map(disciplineOf);
    if (disciplines.every((d) => d !== undefined)) {
      if (!disciplines.includes('psychology') || !disciplines.includes('physiotherapy')) {
        ctx.addIssue({
          code: 'custom',
          path: ['facilitatorIds'],
          message: 'Include at least one psychology and one physiotherapy facilitator',
        });
      }
    }
  });
}
export const cohortInputSchema = makeCohortInputSchema();
export type CohortInput = z.input<typeof cohortInputSchema>;

export const cohortSchema = cohortFields.extend({
  id: idSchema,
  status: cohortStatusSchema,
  cancelReason: z.string().nullable(),
  version: versionSchema,
});
export type Cohort = z.infer<typeof cohortSchema>;

export const facilitatorRefSchema = z.object({ id: idSchema, name: z.string(), discipline: disciplineSchema.nullable() });

/** A cohort as lists show it: the record plus figures the server derives. */
export const cohortSummarySchema = cohortSchema.extend({
  facilitators: z.array(facilitatorRefSchema),
  filled: z.number().int().nonnegative(),
  nextSession: z.object({ number: z.number().int(), date: isoDateSchema }).nullable(),
});
export type CohortSummary = z.infer<typeof cohortSummarySchema>;
export const cohortListSchema = z.object({ items: z.array(cohortSummarySchema) });

export const sessionStatusSchema = z.enum(['scheduled', 'cancelled_by_provider']);
export const sessionSchema = z.object({
  id: idSchema,
  cohortId: idSchema,
  number: z.number().int().min(1).max(8),
  date: isoDateSchema,
  startTime: timeSchema,
  topic: z.string(),
  status: sessionStatusSchema,
  registerFinalisedAt: z.string().nullable(),
  version: versionSchema,
});
export type Session = z.infer<typeof sessionSchema>;
export const sessionListSchema = z.object({ items: z.array(sessionSchema) });

export const cohortDetailSchema = z.object({
  cohort: cohortSummarySchema,
  sessions: z.array(sessionSchema),
});
export type CohortDetail = z.infer<typeof cohortDetailSchema>;
