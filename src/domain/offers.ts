/** DOMAIN.md "offer": a vacancy offered to one person, with an expiry (issue 6: 48 hours by default). */
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
