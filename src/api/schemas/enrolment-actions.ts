import { z } from 'zod/mini';
import { cohortSummarySchema } from './cohorts';
import { idSchema, isoDateSchema, text } from './common';

const reason = text().check(
  z.trim(),
  z.minLength(3, { error: 'Give a reason of at least 3 characters' }),
  z.maxLength(500, { error: 'Keep the reason under 500 characters' }),
);

export const transferRequestSchema = z.object({
  toCohortId: text().check(z.minLength(1, { error: 'Choose a cohort' })),
  reason,
});
export type TransferRequest = z.infer<typeof transferRequestSchema>;
export const withdrawRequestSchema = z.object({ reason, date: isoDateSchema });
export type WithdrawRequest = z.infer<typeof withdrawRequestSchema>;
export const cannotAttendRequestSchema = z.object({
  sessionNumber: z.number({ error: 'Choose a session' }).check(z.int(), z.gte(1), z.lte(8)),
  note: z._default(
    text().check(z.trim(), z.maxLength(300, { error: 'Keep the note under 300 characters' })),
    '',
  ),
});
export type CannotAttendRequest = z.input<typeof cannotAttendRequestSchema>;

export const transferOptionSchema = z.object({
  cohort: cohortSummarySchema,
  attended: z.array(text()),
  stillNeeded: z.array(text()),
  missedInTarget: z.array(text()),
});
export type TransferOption = z.infer<typeof transferOptionSchema>;
export const transferOptionsSchema = z.object({ items: z.array(transferOptionSchema) });

export const waitingCandidateSchema = z.object({
  participantId: idSchema,
  name: text(),
  referralDate: isoDateSchema,
  urgent: z.boolean(),
  /** Free at the cohort's day and time (src/domain/candidates.ts `fitsCohort`), and how
   * that reads: "free on Monday evenings" or "not available on Monday evenings". */
  freeAtCohortTime: z.boolean(),
  availability: text(),
});
export const waitingCandidatesSchema = z.object({ items: z.array(waitingCandidateSchema) });

/** POST /participants/search: search terms go in a body because an NHS number never goes in a URL. */
export const participantSearchRequestSchema = z.object({
  q: text().check(z.trim(), z.minLength(2), z.maxLength(60)),
});
