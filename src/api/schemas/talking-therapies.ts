import { z } from 'zod/mini';
import { intSchema, isoDateSchema, text } from './common';

// GET /exports/talking-therapies: the period's rows of the NHS Talking Therapies data set
// (src/domain/talking-therapies.ts builds them; talking-therapies-codes.ts has the codes).

export const talkingTherapiesQuerySchema = z
  .object({ from: isoDateSchema, to: isoDateSchema })
  .check(
    z.refine((q) => q.from <= q.to, {
      error: 'The period must end on or after it starts',
      path: ['to'],
    }),
  );

export const careContactSchema = z.object({
  careContactId: text(),
  nhsNumber: text(),
  careContDate: isoDateSchema,
  careContTime: text(),
  clinContDurOfCareCont: intSchema,
  consMediumUsed: text(),
  attendOrDnaCode: text(),
  careContPatientTherMode: text(),
  numGroupTherParticipants: intSchema,
  numGroupTherFacilitators: intSchema,
});

export const careActivitySchema = z.object({ careActivityId: text(), careContactId: text() });

export const scoredAssessmentSchema = z.object({
  careActivityId: text(),
  codedAssToolType: text(),
  persScore: text(),
  assToolCompDate: isoDateSchema,
});

export const talkingTherapiesExportSchema = z.object({
  from: isoDateSchema,
  to: isoDateSchema,
  /** IDS201 */
  careContacts: z.array(careContactSchema),
  /** IDS202 */
  careActivities: z.array(careActivitySchema),
  /** IDS607 */
  codedScoredAssessments: z.array(scoredAssessmentSchema),
});
