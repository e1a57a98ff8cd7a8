import { z } from 'zod';
import { isoDateSchema } from './common';

// Request bodies the mock backend validates with schemas of its own (mocks/handlers/
// sessions.ts, enrolments.ts): src/ may not import mocks/, so the contract restates them
// here. The contract tests send what these allow and refuse, so a drift shows up as a failure.

/** PATCH /sessions/:sessionId: move one session to another date. */
export const rescheduleRequestSchema = z.object({ date: isoDateSchema });

/** POST /sessions/:sessionId/cancel: the provider cancels a session (code 4 for everyone). */
export const providerCancelRequestSchema = z.object({ reason: z.string().trim().min(3).max(300) });

/** POST /participants/search: search terms go in a body because an NHS number never goes in a URL. */
export const participantSearchRequestSchema = z.object({ q: z.string().trim().min(2).max(60) });

/** Bodies of writes that answer with a plain acknowledgement. */
export const okResponseSchema = z.object({ ok: z.literal(true) });
