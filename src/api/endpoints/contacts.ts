import { defineEndpoints } from '../endpoint-contract';
import { contactInputSchema, contactViewSchema } from '../schemas/contacts';

// The contact log. Admins, who run the waiting list and make offers, log
// attempts; the log is read with the entry (referral.read) and the offer (vacancy.read).
export const contactEndpoints = defineEndpoints({
  'POST /referrals/:id/contacts': {
    summary:
      'Log an attempt to reach someone about their waiting-list entry (by: the signed-in user)',
    action: 'referral.manage',
    request: contactInputSchema,
    response: contactViewSchema,
  },
  'POST /offers/:id/contacts': {
    summary: 'Log an attempt to reach someone about an offer (counted on their entry too)',
    action: 'offer.manage',
    request: contactInputSchema,
    response: contactViewSchema,
  },
});
