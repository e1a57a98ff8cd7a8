import { referralEndpoints } from '../../../api/endpoints/referrals';
import type { ReferralInput } from '../../../api/schemas/referrals';
import { useEndpointMutation } from '../../../lib/endpoint-hooks';

/** POST with an Idempotency-Key (the client adds one), so a double click adds one referral. */
export function useCreateReferral() {
  return useEndpointMutation(referralEndpoints, 'POST /referrals', {
    call: (input: ReferralInput) => ({ body: input }),
    invalidates: 'referral',
  });
}
