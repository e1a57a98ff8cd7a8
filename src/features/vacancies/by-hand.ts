import type { ContactView } from '../../api/schemas/contacts';
import type { DeliveryStatus } from '../../domain/contact-attempts';

const UNDELIVERED: ReadonlySet<DeliveryStatus | null> = new Set([
  'permanent-failure',
  'temporary-failure',
  'technical-failure',
]);

/** Why an open offer must be given by hand, in words for the admin, or null while a message
 * from GOV.UK Notify is on its way or has been delivered. */
export function byHandReason(contacts: ContactView[], notifyConfigured: boolean): string | null {
  const sent = contacts.filter((c) => c.outcome === 'message_sent');
  if (sent.some((c) => !UNDELIVERED.has(c.deliveryStatus))) return null;
  if (sent.length > 0)
    return 'The message GOV.UK Notify sent was not delivered (see the contact attempts below).';
  if (!notifyConfigured)
    return 'GOV.UK Notify is not set up for this service, so nobody has told this person about the offer.';
  if (contacts.some((c) => c.outcome === 'message_not_sent'))
    return 'GOV.UK Notify did not send the offer (see the contact attempts below).';
  return 'GOV.UK Notify has not sent the offer: this person has no mobile number or email address it can use, or the service has no template for them.';
}
