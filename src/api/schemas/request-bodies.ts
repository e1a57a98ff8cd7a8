import { z } from 'zod/mini';
import { isoDateSchema } from './common';

// Request bodies the mock backend validates with schemas of its own (mocks/handlers/
// sessions.ts, enrolments.ts): src/ may not import mocks/, so the contract restates them
// here. The contract tests send what these allow and refuse, so a drift shows up as a failure.

/** PATCH /sessions/:sessionId: move one session to another date. */
export const rescheduleRequestSchema = z.object({ date: isoDateSchema });

/** POST /sessions/:sessionId/cancel: the provider cancels a session (code 4 for everyone). */
export const providerCancelRequestSchema = z.object({
  reason: z.string().check(z.trim(), z.minLength(3), z.maxLength(300)),
});

/** POST /participants/search: search terms go in a body because an NHS number never goes in a URL. */
export const participantSearchRequestSchema = z.object({
  q: z.string().check(z.trim(), z.minLength(2), z.maxLength(60)),
});

/** Bodies of writes that answer with a plain acknowledgement. */
export const okResponseSchema = z.object({ ok: z.literal(true) });
