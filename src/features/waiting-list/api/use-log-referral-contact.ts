import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../api/client';
import { contactEndpoints } from '../../../api/endpoints/contacts';
import type { NewContact } from '../../../api/schemas/contacts';
import { invalidateAfter } from '../../../lib/invalidate';

/** Logs an attempt to reach someone about their entry; the entry (and its log) refreshes. */
export function useLogReferralContact(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (contact: NewContact) =>
      callApi(contactEndpoints, 'POST /referrals/:id/contacts', { params: { id }, body: contact }),
    onSuccess: () => invalidateAfter(qc, 'referral'),
  });
}
