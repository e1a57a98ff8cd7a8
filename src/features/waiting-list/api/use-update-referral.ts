import { referralEndpoints } from '../../../api/endpoints/referrals';
import { queryKeys } from '../../../api/query-keys';
import type { ReferralUpdateInput } from '../../../api/schemas/referrals';
import { useEndpointMutation } from '../../../lib/endpoint-hooks';

/** PATCH with the version the form was opened at: a colleague's save first gets 412. */
export function useUpdateReferral(id: string) {
  return useEndpointMutation(referralEndpoints, 'PATCH /referrals/:id', {
    call: (v: { version: number; input: ReferralUpdateInput }) => ({
      params: { id },
      version: v.version,
      body: v.input,
    }),
    onSuccess: (detail, _v, qc) => qc.setQueryData(queryKeys.referrals.detail(id), detail),
    invalidates: 'referral',
  });
}
