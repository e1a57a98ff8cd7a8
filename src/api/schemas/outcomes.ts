import { z } from 'zod/mini';
import { idSchema, intSchema, isoDateSchema, text } from './common';

// A cohort's outcomes (src/domain/outcomes.ts has the rules, docs/outcome-measures.md their
// source): per person the first and last paired scores and what changed; for the cohort each
// rate with its count and denominator, never a bare percentage.

const scorePointSchema = z.object({
  sessionId: idSchema,
  sessionNumber: intSchema,
  date: isoDateSchema,
  phq9: intSchema,
  gad7: intSchema,
  wsas: z.nullable(intSchema),
});

const totalSchema = z.nullable(intSchema);
/** One session's totals, for the person's chart. */
export const sessionScoresSchema = z.object({
  sessionNumber: intSchema,
  date: isoDateSchema,
  phq9: totalSchema,
  gad7: totalSchema,
  wsas: totalSchema,
});

const verdict = z.nullable(z.boolean());
export const personOutcomeSchema = z.object({
  enrolmentId: idSchema,
  name: text(),
  attendedSessions: intSchema,
  first: z.nullable(scorePointSchema),
  last: z.nullable(scorePointSchema),
  recovered: verdict,
  reliablyImproved: verdict,
  reliablyDeteriorated: verdict,
  reliablyRecovered: verdict,
  scores: z.array(sessionScoresSchema),
});
export type PersonOutcomeView = z.infer<typeof personOutcomeSchema>;

export const rateSchema = z.object({
  count: intSchema,
  of: intSchema,
  /** count / of, or null when there is no one to count. */
  rate: z.nullable(z.number()),
});

export const outcomeSummarySchema = z.object({
  pairedCompleteness: rateSchema,
  recovery: rateSchema,
  reliableRecovery: rateSchema,
  reliableImprovement: rateSchema,
  reliableDeterioration: rateSchema,
  meanChange: z.object({ phq9: z.nullable(z.number()), gad7: z.nullable(z.number()) }),
});
export type OutcomeSummaryView = z.infer<typeof outcomeSummarySchema>;

export const cohortOutcomesSchema = z.object({
  cohortId: idSchema,
  cohortName: text(),
  people: z.array(personOutcomeSchema),
  summary: outcomeSummarySchema,
});
export type CohortOutcomes = z.infer<typeof cohortOutcomesSchema>;
