import { vacancyEndpoints } from '../../../api/endpoints/referrals';
import type { CreateOfferInput } from '../../../api/schemas/vacancies';
import { useEndpointMutation } from '../../../lib/endpoint-hooks';

export interface MakeOffer {
  /** The vacancy's version the page stands on (useVacancyEdit's base). */
  version: number;
  input: CreateOfferInput;
  /** Who is offered the place, for the conflict notice ("You: offered to …"). */
  name: string;
}

/** Sent with the vacancy version the admin saw: if a colleague offered the place meanwhile,
 * the server answers 412 and nobody gets a second offer for one place. `onError` runs before
 * the place is read again, so a 412 opens its conflict while the page still shows the list. */
export function useMakeOffer(
  vacancyId: string,
  onError?: (error: unknown, variables: MakeOffer) => void,
) {
  return useEndpointMutation(vacancyEndpoints, 'POST /vacancies/:id/offers', {
    call: ({ version, input }: MakeOffer) => ({
      params: { id: vacancyId },
      body: input,
      version,
    }),
    invalidates: 'offer',
    invalidateOnError: true,
    onError,
  });
}
