import { vacancyEndpoints } from '../../../api/endpoints/referrals';
import type { CreateOfferInput } from '../../../api/schemas/vacancies';
import { useEndpointMutation } from '../../../lib/endpoint-hooks';

/** Sent with the vacancy version the admin saw: if a colleague offered the place meanwhile,
 * the server answers 412 and nobody gets a second offer for one place. */
export function useMakeOffer(vacancyId: string) {
  return useEndpointMutation(vacancyEndpoints, 'POST /vacancies/:id/offers', {
    call: ({ version, input }: { version: number; input: CreateOfferInput }) => ({
      params: { id: vacancyId },
      body: input,
      version,
    }),
    invalidates: 'offer',
    invalidateOnError: true,
  });
}
