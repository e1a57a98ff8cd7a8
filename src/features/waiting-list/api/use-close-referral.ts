import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../api/client';
import { referralEndpoints } from '../../../api/endpoints/referrals';
import { queryKeys } from '../../../api/query-keys';
import type { CloseReferralInput } from '../../../api/schemas/referrals';
import { invalidateAfter } from '../../../lib/invalidate';

/** Takes the entry off the list with a reason (If-Match: the version on screen). */
export function useCloseReferral(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { version: number; input: CloseReferralInput }) =>
      callApi(referralEndpoints, 'POST /referrals/:id/close', {
        params: { id },
        version: v.version,
        body: v.input,
      }),
    onSuccess: (detail) => {
      qc.setQueryData(queryKeys.referrals.detail(id), detail);
      return invalidateAfter(qc, 'referral');
    },
  });
}
