import { contactEndpoints } from '../../../api/endpoints/contacts';
import type { NewContact } from '../../../api/schemas/contacts';
import { useEndpointMutation } from '../../../lib/endpoint-hooks';

/** Logs an attempt to reach someone about their entry; the entry (and its log) refreshes. */
export function useLogReferralContact(id: string) {
  return useEndpointMutation(contactEndpoints, 'POST /referrals/:id/contacts', {
    call: (contact: NewContact) => ({ params: { id }, body: contact }),
    invalidates: 'referral',
  });
}
