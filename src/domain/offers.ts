/** docs/domain.md "offer": a vacancy offered to one person, with an expiry (48 hours by default). */
export const DEFAULT_OFFER_HOURS = 48;
export const MAX_OFFER_HOURS = 14 * 24;

const HOUR_MS = 3_600_000;

export function offerExpiresAt(now: Date, hours: number = DEFAULT_OFFER_HOURS): string {
  return new Date(now.getTime() + hours * HOUR_MS).toISOString();
}

/** Past its expiry an open offer can only be recorded as expired, never accepted. */
export function isPastExpiry(offer: { expiresAt: string }, now: Date): boolean {
  return new Date(offer.expiresAt).getTime() <= now.getTime();
}

export type OfferStatus = 'open' | 'accepted' | 'declined' | 'expired';

/** An open offer past its expiry is expired, whether or not anything has written
 * that yet. Every read shows this status; the expiry job (and any write touching the offer)
 * then records it, with the same result. */
export function effectiveOfferStatus(
  offer: { status: OfferStatus; expiresAt: string },
  now: Date,
): OfferStatus {
  return offer.status === 'open' && isPastExpiry(offer, now) ? 'expired' : offer.status;
}

/** Why an offer was declined, from the list (docs/domain.md: offers are accepted or declined). */
export const DECLINE_REASONS = [
  'time_does_not_suit',
  'too_unwell',
  'no_longer_wants_course',
  'no_reply',
  'other',
] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];
export const DECLINE_REASON_LABELS: Record<DeclineReason, string> = {
  time_does_not_suit: 'The day or time does not suit',
  too_unwell: 'Too unwell at present',
  no_longer_wants_course: 'No longer wants the course',
  no_reply: 'No reply',
  other: 'Other',
};
