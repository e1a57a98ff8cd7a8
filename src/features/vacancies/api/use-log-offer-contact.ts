import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../api/client';
import { contactEndpoints } from '../../../api/endpoints/contacts';
import type { NewContact } from '../../../api/schemas/contacts';
import { invalidateAfter } from '../../../lib/invalidate';

/** Logs an attempt to reach someone about an offer; the vacancy and their entry refresh. */
export function useLogOfferContact(offerId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (contact: NewContact) =>
      callApi(contactEndpoints, 'POST /offers/:id/contacts', {
        params: { id: offerId },
        body: contact,
      }),
    onSuccess: () => invalidateAfter(qc, 'referral'),
  });
}
