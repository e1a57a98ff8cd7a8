import { z } from 'zod/mini';
import { idSchema, isoDateTimeSchema, optionalText, text } from './common';
import {
  CONTACT_CHANNELS,
  CONTACT_OUTCOMES,
  DELIVERY_STATUSES,
  STAFF_CONTACT_CHANNELS,
  STAFF_CONTACT_OUTCOMES,
} from '../../domain/contact-attempts';

// The contact log of a waiting-list entry and of an offer. Who made the
// attempt is the signed-in member of staff, taken from the session, never from the body.

/** A minute's grace for the clock of the computer the time was typed on. */
const CLOCK_SKEW_MS = 60_000;

export const contactInputSchema = z
  .object({
    channel: z.enum(STAFF_CONTACT_CHANNELS, { error: 'Choose how you tried to reach them' }),
    /** When the attempt was made; left out, it is now (the server's clock). */
    at: z.optional(isoDateTimeSchema),
    outcome: z.enum(STAFF_CONTACT_OUTCOMES, { error: 'Choose what happened' }),
    /** What happened, in words, when the outcome is "other". */
    outcomeText: z._default(optionalText('What happened', 120), ''),
    note: z._default(optionalText('Note', 300), ''),
  })
  .check(
    z.refine((v) => v.outcome !== 'other' || v.outcomeText !== '', {
      path: ['outcomeText'],
      error: 'Say what happened',
    }),
    z.refine((v) => v.at === undefined || Date.parse(v.at) <= Date.now() + CLOCK_SKEW_MS, {
      path: ['at'],
      error: 'The time cannot be in the future',
    }),
  );
export type ContactInput = z.input<typeof contactInputSchema>;
export type NewContact = z.output<typeof contactInputSchema>;

/** One attempt as stored: about the entry (offerId null) or about one of its offers. An
 * offer's message sent by GOV.UK Notify has no member of staff (byStaffId null), Notify's id
 * for it (null when Notify refused it) and its delivery status. */
export const contactAttemptSchema = z.object({
  id: idSchema,
  referralId: idSchema,
  offerId: z.nullable(idSchema),
  /** The session a reminder was about (sent by GOV.UK Notify); null for everything else. */
  sessionId: z.nullable(idSchema),
  channel: z.enum(CONTACT_CHANNELS),
  outcome: z.enum(CONTACT_OUTCOMES),
  outcomeText: text(),
  note: text(),
  at: isoDateTimeSchema,
  recordedAt: isoDateTimeSchema,
  byStaffId: z.nullable(idSchema),
  notifyMessageId: z.nullable(text()),
  deliveryStatus: z.nullable(z.enum(DELIVERY_STATUSES)),
});
export type ContactAttempt = z.infer<typeof contactAttemptSchema>;

/** An attempt as a log shows it: with the name of who made it. */
export const contactViewSchema = z.extend(contactAttemptSchema, { byName: text() });
export type ContactView = z.infer<typeof contactViewSchema>;
