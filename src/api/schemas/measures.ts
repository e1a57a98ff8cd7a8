import { z } from 'zod/mini';
import { INSTRUMENTS, PAIN_MAX, type Instrument } from '../../domain/measures';
import { idSchema, intSchema, isoDateTimeSchema, versionSchema } from './common';

// A person's answers at one session, as sent, stored and shown (src/domain/measures.ts has the
// instruments; docs/outcome-measures.md their sources).

/** A whole instrument: exactly its number of answers, each a whole number in its range. */
const instrumentSchema = (instrument: Instrument) => {
  const { name, items, itemMax } = INSTRUMENTS[instrument];
  const item = intSchema.check(
    z.gte(0, { error: `Each ${name} answer is 0 to ${itemMax}` }),
    z.lte(itemMax, { error: `Each ${name} answer is 0 to ${itemMax}` }),
  );
  return z
    .array(item)
    .check(z.length(items, { error: `${name} needs all ${items} answers, or none` }));
};

const painScore = (label: string) =>
  intSchema.check(
    z.gte(0, { error: `${label} is 0 to ${PAIN_MAX}` }),
    z.lte(PAIN_MAX, { error: `${label} is 0 to ${PAIN_MAX}` }),
  );
export const painSchema = z.object({
  intensity: painScore('Pain intensity'),
  interference: painScore('Pain interference'),
});

export const phq9Schema = instrumentSchema('phq9');
export const gad7Schema = instrumentSchema('gad7');
export const wsasSchema = instrumentSchema('wsas');

/** PUT /sessions/:sessionId/measures/:enrolmentId: the instruments sent replace those stored. */
export const recordMeasuresSchema = z.object({
  phq9: z.optional(phq9Schema),
  gad7: z.optional(gad7Schema),
  wsas: z.optional(wsasSchema),
  pain: z.optional(painSchema),
});
export type RecordMeasures = z.infer<typeof recordMeasuresSchema>;

/** One answer set as stored: one per person per session. */
export const measureSetSchema = z.object({
  id: idSchema,
  sessionId: idSchema,
  enrolmentId: idSchema,
  phq9: z.nullable(z.array(intSchema)),
  gad7: z.nullable(z.array(intSchema)),
  wsas: z.nullable(z.array(intSchema)),
  pain: z.nullable(painSchema),
  /** Who gave the answers: staff in the register, or the person by link. */
  enteredBy: z.enum(['staff', 'person']),
  enteredById: z.nullable(idSchema),
  updatedAt: isoDateTimeSchema,
  version: versionSchema,
});
export type MeasureSet = z.infer<typeof measureSetSchema>;

/** POST /sessions/:sessionId/questionnaire-links: to the people named, or (none named) to
 * everyone placed on the session who has not said they cannot come. */
export const sendQuestionnaireSchema = z.object({
  enrolmentIds: z.optional(
    z
      .array(idSchema)
      .check(z.minLength(1, { error: 'Choose someone' }), z.maxLength(40, { error: 'Too many' })),
  ),
});

/** What happened to each person's link: sent by Notify, refused by it, or no way to send
 * (no mobile or email, no template, or Notify not set up: the mock never sends). */
export const questionnaireSendSchema = z.object({
  items: z.array(
    z.object({ enrolmentId: idSchema, result: z.enum(['sent', 'not_sent', 'no_channel']) }),
  ),
});
export type QuestionnaireSend = z.infer<typeof questionnaireSendSchema>;
