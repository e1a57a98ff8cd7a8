import type { Cohort, Session } from '../../api/schemas/cohorts';
import type { ContactAttempt, ContactView } from '../../api/schemas/contacts';
import type { Participant } from '../../api/schemas/participants';
import type { Offer, Referral, Vacancy } from '../../api/schemas/referrals';
import { FINAL_DELIVERY_STATUSES, type DeliveryStatus } from '../contact-attempts';
import type { ContactPreferences } from '../contact-preferences';
import type { IsoDate } from '../dates';
import { offerPersonalisation, type OfferPersonalisation } from '../offer-message';
import { found, type CommandContext, type Outcome } from './command';
import { ChangeSet } from './change-set';
import { contactViewOf, type ContactRecords } from './contacts';

// The offer's message, as the server sends it through GOV.UK Notify, and what
// the offer's contact log keeps of it: the channel, Notify's message id and its delivery
// status, never the message's text or where it went.

export interface MessageRecords extends ContactRecords {
  vacancies: readonly Vacancy[];
  cohorts: readonly Cohort[];
  sessions: readonly Session[];
  participants: readonly Participant[];
}

/** What an offer's message says, and where it can go (the person's phone and email). */
export function offerMessageOf(
  r: MessageRecords,
  offer: Offer,
  today: IsoDate,
): ({ personalisation: OfferPersonalisation } & ContactPreferences) | null {
  const referral: Referral | undefined = r.referrals.find((x) => x.id === offer.referralId);
  const vacancy = r.vacancies.find((v) => v.id === offer.vacancyId);
  const cohort = vacancy && r.cohorts.find((c) => c.id === vacancy.cohortId);
  if (!referral || !cohort) return null;
  const person = r.participants.find((p) => p.id === referral.participantId);
  // The first session a late joiner would come to: the next scheduled one from today.
  const next = r.sessions
    .filter((s) => s.cohortId === cohort.id && s.status === 'scheduled' && s.date >= today)
    .sort((a, b) => a.date.localeCompare(b.date))[0];
  return {
    personalisation: offerPersonalisation({
      givenName: referral.givenName,
      cohort,
      firstSession: next ? { date: next.date, startTime: next.startTime } : null,
      expiresAt: offer.expiresAt,
    }),
    phone: person?.phone ?? null,
    email: person?.email ?? null,
    contactChannel: person?.contactChannel ?? 'text',
    remindersConsent: person?.remindersConsent ?? true,
  };
}

/** The server's record of a message Notify accepted (its id) or refused (a short reason with
 * no personal data). Audited either way; the actor is the server ('system'). */
export function recordOfferMessage(
  r: MessageRecords,
  input: {
    offerId: string;
    channel: 'sms' | 'email';
    sent: { messageId: string } | { reason: string };
  },
  ctx: CommandContext,
): Outcome<ContactView> {
  const offer = found(
    r.offers.find((o) => o.id === input.offerId),
    'That offer',
  );
  const sent = 'messageId' in input.sent;
  const cs = new ChangeSet();
  const contact: ContactAttempt = cs.put('contactAttempts', {
    id: ctx.newId('cat'),
    referralId: offer.referralId,
    offerId: offer.id,
    sessionId: null,
    channel: input.channel,
    outcome: sent ? 'message_sent' : 'message_not_sent',
    outcomeText: '',
    note: 'reason' in input.sent ? input.sent.reason.slice(0, 300) : '',
    at: ctx.now,
    recordedAt: ctx.now,
    byStaffId: null,
    notifyMessageId: 'messageId' in input.sent ? input.sent.messageId : null,
    deliveryStatus: sent ? 'created' : 'not-sent',
  });
  cs.audit(sent ? 'offer.message-sent' : 'offer.message-not-sent', 'offer', offer.id, null, {
    contactId: contact.id,
    channel: contact.channel,
    notifyMessageId: contact.notifyMessageId,
    reason: contact.note,
  });
  return cs.done(contactViewOf(r, contact));
}

/** Notify's latest word on a message; nothing changes when the status is the same, or the
 * one kept is already final. */
export function recordDeliveryStatus(
  r: Pick<ContactRecords, 'contactAttempts'>,
  input: { contactId: string; status: DeliveryStatus },
  _ctx: CommandContext,
): Outcome<boolean> {
  const cs = new ChangeSet();
  const contact = r.contactAttempts.find((c) => c.id === input.contactId);
  if (
    !contact?.deliveryStatus ||
    contact.deliveryStatus === input.status ||
    FINAL_DELIVERY_STATUSES.has(contact.deliveryStatus)
  )
    return cs.done(false);
  cs.put('contactAttempts', { ...contact, deliveryStatus: input.status });
  cs.audit(
    'offer.message-status',
    'offer',
    contact.offerId ?? contact.referralId,
    { contactId: contact.id, deliveryStatus: contact.deliveryStatus },
    { contactId: contact.id, deliveryStatus: input.status },
  );
  return cs.done(true);
}
