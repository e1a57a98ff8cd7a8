import { z } from 'zod/mini';
import { idSchema, intSchema, isoDateSchema, text } from './common';
import { contactViewSchema } from './contacts';
import { offerSchema, referralStatusSchema, vacancySchema } from './referrals';
import { NOT_SUGGESTED_CODES } from '../../domain/candidates';
import { DEFAULT_OFFER_HOURS, MAX_OFFER_HOURS } from '../../domain/offers';
import { OFFER_PERSONALISATION_KEYS } from '../../domain/offer-message';

// What the vacancy pages read and send: a freed place with its cohort and open offer, the
// people who could be offered it, and a new offer (the records are in ./referrals.ts).

export const createOfferSchema = z.object({
  referralId: idSchema,
  expiresInHours: z._default(
    z.number({ error: 'Enter the hours the offer stays open' }).check(
      z.int(),
      z.gte(1, { error: 'At least 1 hour' }),
      z.lte(MAX_OFFER_HOURS, {
        error: `At most ${MAX_OFFER_HOURS / 24} days (${MAX_OFFER_HOURS} hours)`,
      }),
    ),
    DEFAULT_OFFER_HOURS,
  ),
});
export type CreateOfferInput = z.input<typeof createOfferSchema>;

/** `pastExpiry` is judged on the server's clock, so a wrong laptop clock cannot accept a lapsed
 * offer. An offer past its expiry is read as expired, so `pastExpiry` is true only
 * in the moment between a read and the expiry. */
export const offerViewSchema = z.extend(offerSchema, {
  name: text(),
  pastExpiry: z.boolean(),
  /** The attempts to reach the person about this offer, newest first. */
  contacts: z.array(contactViewSchema),
  /** While open: what the offer's message says (the fields of the Notify templates, with no
   * clinical detail), for the script staff read out when Notify has not sent it. */
  message: z.nullable(
    z.object(
      Object.fromEntries(OFFER_PERSONALISATION_KEYS.map((k) => [k, text()])) as Record<
        (typeof OFFER_PERSONALISATION_KEYS)[number],
        z.ZodMiniString
      >,
    ),
  ),
});
export type OfferView = z.infer<typeof offerViewSchema>;

export const vacancySummarySchema = z.extend(vacancySchema, {
  cohort: z.object({
    id: idSchema,
    name: text(),
    type: z.enum(['course', 'workshop']),
    startDate: isoDateSchema,
    startTime: text(),
  }),
  sessionsLeft: intSchema.check(z.nonnegative()),
  openForDays: intSchema.check(z.nonnegative()),
  cutoffDate: z.nullable(isoDateSchema),
  /** False once the late-joining cut-off has passed: the place can no longer be offered. */
  offerable: z.boolean(),
  openOffer: z.nullable(offerViewSchema),
});
export type VacancySummary = z.infer<typeof vacancySummarySchema>;
export const vacancyListSchema = z.object({ items: z.array(vacancySummarySchema) });

export const candidateSchema = z.object({
  referralId: idSchema,
  name: text(),
  referralDate: isoDateSchema,
  waitWeeks: intSchema,
  urgent: z.boolean(),
  why: text(),
});
export type CandidateView = z.infer<typeof candidateSchema>;
export const vacancyDetailSchema = z.object({
  vacancy: vacancySummarySchema,
  candidates: z.array(candidateSchema),
  offers: z.array(offerViewSchema),
});
export type VacancyDetail = z.infer<typeof vacancyDetailSchema>;

/** The whole waiting list searched for one vacancy (the text, a name or an NHS number,
 * in the body: never in a URL), each person with why they would not be suggested. */
export const VACANCY_SEARCH_MAX = 50;
export const vacancySearchSchema = z.object({
  text: z._default(text().check(z.trim(), z.maxLength(100)), ''),
  offset: z._default(intSchema.check(z.nonnegative()), 0),
  limit: z._default(intSchema.check(z.minimum(1), z.maximum(VACANCY_SEARCH_MAX)), 20),
});
export type VacancySearchInput = z.input<typeof vacancySearchSchema>;

export const notSuggestedSchema = z.object({
  code: z.enum(NOT_SUGGESTED_CODES),
  text: text(),
  /** The person cannot be offered the place at all (closed, placed, holding another offer). */
  blocks: z.boolean(),
});
export const vacancySearchItemSchema = z.object({
  referralId: idSchema,
  name: text(),
  referralDate: isoDateSchema,
  waitWeeks: intSchema,
  urgent: z.boolean(),
  status: referralStatusSchema,
  /** "Mon mornings and evenings; Sat mornings" */
  availability: text(),
  /** Empty: they are among the suggestions (or would be, were the list longer). */
  reasons: z.array(notSuggestedSchema),
  canOffer: z.boolean(),
});
export type VacancySearchItem = z.infer<typeof vacancySearchItemSchema>;
export const vacancySearchPageSchema = z.object({
  items: z.array(vacancySearchItemSchema),
  total: intSchema,
  offset: intSchema,
});
export type VacancySearchPage = z.infer<typeof vacancySearchPageSchema>;
