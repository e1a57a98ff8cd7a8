import { referralEndpoints } from '../../../api/endpoints/referrals';
import { queryKeys } from '../../../api/query-keys';
import { useEndpointMutation } from '../../../lib/endpoint-hooks';

/** Puts a closed entry back on the list at its original place. */
export function useReopenReferral(id: string) {
  return useEndpointMutation(referralEndpoints, 'POST /referrals/:id/reopen', {
    call: (version: number) => ({ params: { id }, version, body: {} }),
    onSuccess: (detail, _v, qc) => qc.setQueryData(queryKeys.referrals.detail(id), detail),
    invalidates: 'referral',
  });
}
