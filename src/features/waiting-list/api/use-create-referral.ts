import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { referralSchema, type ReferralInput } from '../../../api/schemas/referrals';
import { referralQueries } from './referral-queries';

/** POST with an Idempotency-Key (the client adds one), so a double click adds one referral. */
export function useCreateReferral() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: ReferralInput) =>
      apiRequest('/referrals', referralSchema, { method: 'POST', body: input }),
    onSuccess: () => qc.invalidateQueries({ queryKey: referralQueries.all() }),
  });
}
