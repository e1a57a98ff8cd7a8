import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../api/client';
import { vacancyEndpoints } from '../../../api/endpoints/referrals';
import type { CreateOfferInput } from '../../../api/schemas/vacancies';
import { invalidateAfter } from '../../../lib/invalidate';

/** Sent with the vacancy version the admin saw: if a colleague offered the place meanwhile,
 * the server answers 412 and nobody gets a second offer for one place. */
export function useMakeOffer(vacancyId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ version, input }: { version: number; input: CreateOfferInput }) =>
      callApi(vacancyEndpoints, 'POST /vacancies/:id/offers', {
        params: { id: vacancyId },
        body: input,
        version,
      }),
    onSettled: () => invalidateAfter(qc, 'offer'),
  });
}
