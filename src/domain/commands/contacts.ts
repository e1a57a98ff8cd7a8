import type { ContactAttempt, ContactView, NewContact } from '../../api/schemas/contacts';
import type { Offer, Referral } from '../../api/schemas/referrals';
import { newestFirst } from '../contact-attempts';
import { found, refuse, type CommandContext, type Outcome } from './command';
import { ChangeSet } from './change-set';

/** Who the log names for a message the server sent. */
export const NOTIFY_SENDER = 'GOV.UK Notify';
/** Who the log names for an answer the person gave by their link. */
export const LINK_SENDER = 'The person, by link';

// Each attempt to reach someone on the list is logged against their entry,
// and against the offer it was about, if any. The log only grows: an attempt is never edited.

export interface ContactRecords {
  referrals: readonly Referral[];
  offers: readonly Offer[];
  contactAttempts: readonly ContactAttempt[];
  staff: readonly { id: string; name: string }[];
}

/** An attempt with the name of who made it. */
export function contactViewOf(r: Pick<ContactRecords, 'staff'>, c: ContactAttempt): ContactView {
  if (c.channel === 'link') return { ...c, byName: LINK_SENDER };
  if (c.byStaffId === null) return { ...c, byName: NOTIFY_SENDER };
  return { ...c, byName: r.staff.find((s) => s.id === c.byStaffId)?.name ?? 'A former colleague' };
}

/** The log of an entry (every attempt, its offers' included) or of one offer, newest first. */
export function contactLog(
  r: Pick<ContactRecords, 'staff' | 'contactAttempts'>,
  of: { referralId: string } | { offerId: string },
): ContactView[] {
  const mine = r.contactAttempts.filter((c) =>
    'offerId' in of ? c.offerId === of.offerId : c.referralId === of.referralId,
  );
  return newestFirst(mine).map((c) => contactViewOf(r, c));
}

function record(
  r: ContactRecords,
  referral: Referral,
  offerId: string | null,
  input: NewContact,
  ctx: CommandContext,
): Outcome<ContactView> {
  const at = input.at ? new Date(input.at).toISOString() : ctx.now;
  // The schema says the same on the form; said again against the server's own clock.
  if (Date.parse(at) > Date.parse(ctx.now) + 60_000) {
    refuse('validation_failed', 'Some details need correcting.', {
      at: ['The time cannot be in the future'],
    });
  }
  const cs = new ChangeSet();
  const contact = cs.put('contactAttempts', {
    id: ctx.newId('cat'),
    referralId: referral.id,
    offerId,
    sessionId: null,
    channel: input.channel,
    outcome: input.outcome,
    outcomeText: input.outcome === 'other' ? input.outcomeText : '',
    note: input.note,
    at,
    recordedAt: ctx.now,
    byStaffId: ctx.actor.id,
    notifyMessageId: null,
    deliveryStatus: null,
  });
  // The audit keeps what was logged, never the person's name or contact details.
  cs.audit('contact.record', offerId ? 'offer' : 'referral', offerId ?? referral.id, null, {
    referralId: referral.id,
    offerId,
    channel: contact.channel,
    outcome: contact.outcome,
    outcomeText: contact.outcomeText,
    note: contact.note,
    at: contact.at,
  });
  return cs.done(contactViewOf(r, contact));
}

/** POST /referrals/:id/contacts: an attempt to reach someone about their entry. */
export function recordReferralContact(
  r: ContactRecords,
  input: { referralId: string; contact: NewContact },
  ctx: CommandContext,
): Outcome<ContactView> {
  const referral = found(
    r.referrals.find((x) => x.id === input.referralId),
    'That referral',
  );
  return record(r, referral, null, input.contact, ctx);
}

/** POST /offers/:id/contacts: an attempt to reach someone about an offer (logged on their
 * entry too, where the attempts are counted). */
export function recordOfferContact(
  r: ContactRecords,
  input: { offerId: string; contact: NewContact },
  ctx: CommandContext,
): Outcome<ContactView> {
  const offer = found(
    r.offers.find((o) => o.id === input.offerId),
    'That offer',
  );
  const referral = found(
    r.referrals.find((x) => x.id === offer.referralId),
    'That offer’s referral',
  );
  return record(r, referral, offer.id, input.contact, ctx);
}
