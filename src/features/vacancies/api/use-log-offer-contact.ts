import { contactEndpoints } from '../../../api/endpoints/contacts';
import type { NewContact } from '../../../api/schemas/contacts';
import { useEndpointMutation } from '../../../lib/endpoint-hooks';

/** Logs an attempt to reach someone about an offer; the vacancy and their entry refresh. */
export function useLogOfferContact(offerId: string) {
  return useEndpointMutation(contactEndpoints, 'POST /offers/:id/contacts', {
    call: (contact: NewContact) => ({ params: { id: offerId }, body: contact }),
    invalidates: 'referral',
  });
}
