import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { offerViewSchema, type CreateOfferInput } from '../../../api/schemas/referrals';
import { invalidateAfterOffer } from './invalidate';

/** Sent with the vacancy version the admin saw: if a colleague offered the place meanwhile,
 * the server answers 412 and nobody gets a second offer for one place. */
export function useMakeOffer(vacancyId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ version, input }: { version: number; input: CreateOfferInput }) =>
      apiRequest(`/vacancies/${encodeURIComponent(vacancyId)}/offers`, offerViewSchema, {
        method: 'POST',
        body: input,
        version,
      }),
    onSettled: () => invalidateAfterOffer(qc),
  });
}
