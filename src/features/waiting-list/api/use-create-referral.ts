import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../api/client';
import { referralEndpoints } from '../../../api/endpoints/referrals';
import type { ReferralInput } from '../../../api/schemas/referrals';
import { invalidateAfter } from '../../../lib/invalidate';

/** POST with an Idempotency-Key (the client adds one), so a double click adds one referral. */
export function useCreateReferral() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: ReferralInput) =>
      callApi(referralEndpoints, 'POST /referrals', { body: input }),
    onSuccess: () => invalidateAfter(qc, 'referral'),
  });
}
