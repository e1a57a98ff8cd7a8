import { z } from 'zod/mini';

/** The one error body every endpoint returns on failure. */
export const errorCodeSchema = z.enum([
  'validation_failed',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'cohort_full',
  'already_enrolled',
  'agreement_missing',
  'stale_version',
  'precondition_required',
  'ineligible_borough',
  'duplicate_nhs_number',
  'not_flagged',
  'invalid_state',
  'server_error',
]);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const errorBodySchema = z.object({
  error: z.object({
    code: errorCodeSchema,
    message: z.string(),
    fieldErrors: z.optional(z.record(z.string(), z.array(z.string()))),
    /** On 412: the record as the server now holds it, so the user can compare. */
    current: z.optional(z.unknown()),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
