import type { ContactAttempt } from '../../api/schemas/contacts';
import type { Offer } from '../../api/schemas/referrals';
import type { DeclineReason } from '../offers';
import { found, type CommandContext, type Outcome } from './command';
import { recordOfferOutcome } from './offer-outcomes';
import type { OfferRecords } from './offers';

// The person's own answer to an offer, by the link its message carried. The same command as
// staff's recorded answer (expiry, capacity, one open offer), taken at the offer's current
// version: the link is the person's say, not an edit of a page they loaded, and an offer
// already decided refuses it all the same. The offer's contact log says "accepted by link".

/** What a person may give as their reason: the staff list without "No reply". */
export const PERSON_DECLINE_REASONS = [
  'time_does_not_suit',
  'too_unwell',
  'no_longer_wants_course',
  'other',
] as const satisfies readonly DeclineReason[];
export type PersonDeclineReason = (typeof PERSON_DECLINE_REASONS)[number];

export const PERSON_DECLINE_REASON_LABELS: Record<PersonDeclineReason, string> = {
  time_does_not_suit: 'The day or time does not suit me',
  too_unwell: 'I am too unwell at the moment',
  no_longer_wants_course: 'I no longer want a place',
  other: 'Another reason',
};

export function answerOfferByLink(
  r: OfferRecords,
  input: { offerId: string } & (
    { outcome: 'accepted' } | { outcome: 'declined'; reason: PersonDeclineReason }
  ),
  ctx: CommandContext,
): Outcome<Offer> {
  const offer = found(
    r.offers.find((o) => o.id === input.offerId),
    'That offer',
  );
  const decided = recordOfferOutcome(
    r,
    {
      offerId: offer.id,
      version: offer.version,
      outcome: input.outcome,
      ...(input.outcome === 'declined' ? { reason: input.reason } : {}),
    },
    ctx,
  );
  const contact: ContactAttempt = {
    id: ctx.newId('cat'),
    referralId: offer.referralId,
    offerId: offer.id,
    sessionId: null,
    channel: 'link',
    outcome: input.outcome === 'accepted' ? 'accepted_by_link' : 'declined_by_link',
    outcomeText: '',
    note: input.outcome === 'declined' ? PERSON_DECLINE_REASON_LABELS[input.reason] : '',
    at: ctx.now,
    recordedAt: ctx.now,
    byStaffId: null,
    notifyMessageId: null,
    deliveryStatus: null,
  };
  const { put } = decided.changes;
  return {
    changes: {
      ...decided.changes,
      put: { ...put, contactAttempts: [...(put.contactAttempts ?? []), contact] },
    },
    result: decided.result,
  };
}
