import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../api/client';
import { referralEndpoints } from '../../../api/endpoints/referrals';
import { queryKeys } from '../../../api/query-keys';
import type { ReferralUpdateInput } from '../../../api/schemas/referrals';
import { invalidateAfter } from '../../../lib/invalidate';

/** PATCH with the version the form was opened at: a colleague's save first gets 412. */
export function useUpdateReferral(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { version: number; input: ReferralUpdateInput }) =>
      callApi(referralEndpoints, 'PATCH /referrals/:id', {
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
