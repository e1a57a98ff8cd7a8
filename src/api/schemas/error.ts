import { z } from 'zod/mini';
import { text } from './common';

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
  'too_many_attempts',
  'session_not_started',
  'server_error',
]);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

/** Why a session ended, in a 401 to a request that carried a session the server once knew:
 * the app tells the person the truth on the sign-in page (the server keeps a record of each
 * ended session and its reason: src/server/auth/sessions.ts). */
export const SESSION_END_REASONS = [
  'signed_out',
  'signed_out_everywhere',
  'deactivated',
  'password_changed',
  'idle',
  'too_long',
] as const;
export const sessionEndReasonSchema = z.enum(SESSION_END_REASONS);
export type SessionEndReason = z.infer<typeof sessionEndReasonSchema>;

export const sessionEndedSchema = z.object({
  reason: sessionEndReasonSchema,
  /** With 'idle': the service's idle limit (Settings) that ended it. */
  idleMinutes: z.optional(z.number().check(z.int(), z.positive())),
});
export type SessionEnded = z.infer<typeof sessionEndedSchema>;

export const errorBodySchema = z.object({
  error: z.object({
    code: errorCodeSchema,
    message: text(),
    fieldErrors: z.optional(z.record(text(), z.array(text()))),
    /** On 412: the record as the server now holds it, so the user can compare. */
    current: z.optional(z.unknown()),
    /** On 401 for a session that has ended: why. Absent for no session at all. */
    sessionEnded: z.optional(sessionEndedSchema),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** The HTTP status of each error code: one table, so the mock and the server answer alike
 * (a database constraint that refuses a write maps to the same code as the domain rule). */
export const ERROR_STATUS: Record<ErrorCode, number> = {
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  cohort_full: 409,
  already_enrolled: 409,
  agreement_missing: 409,
  invalid_state: 409,
  session_not_started: 409,
  not_flagged: 409,
  duplicate_nhs_number: 409,
  stale_version: 412,
  ineligible_borough: 422,
  precondition_required: 428,
  too_many_attempts: 429,
  server_error: 500,
};
