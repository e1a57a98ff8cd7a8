import { referralEndpoints } from '../../../api/endpoints/referrals';
import { queryKeys } from '../../../api/query-keys';
import type { CloseReferralInput } from '../../../api/schemas/referrals';
import { useEndpointMutation } from '../../../lib/endpoint-hooks';

/** Takes the entry off the list with a reason (If-Match: the version on screen). */
export function useCloseReferral(id: string) {
  return useEndpointMutation(referralEndpoints, 'POST /referrals/:id/close', {
    call: (v: { version: number; input: CloseReferralInput }) => ({
      params: { id },
      version: v.version,
      body: v.input,
    }),
    onSuccess: (detail, _v, qc) => qc.setQueryData(queryKeys.referrals.detail(id), detail),
    invalidates: 'referral',
  });
}
