import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../api/client';
import { referralEndpoints } from '../../../api/endpoints/referrals';
import { queryKeys } from '../../../api/query-keys';
import { invalidateAfter } from '../../../lib/invalidate';

/** Puts a closed entry back on the list at its original place. */
export function useReopenReferral(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (version: number) =>
      callApi(referralEndpoints, 'POST /referrals/:id/reopen', {
        params: { id },
        version,
        body: {},
      }),
    onSuccess: (detail) => {
      qc.setQueryData(queryKeys.referrals.detail(id), detail);
      return invalidateAfter(qc, 'referral');
    },
  });
}
