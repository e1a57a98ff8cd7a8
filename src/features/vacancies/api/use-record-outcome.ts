import { vacancyEndpoints } from '../../../api/endpoints/referrals';
import type { OfferOutcomeInput } from '../../../api/schemas/referrals';
import { useEndpointMutation } from '../../../lib/endpoint-hooks';

/** Accepted, declined (with why) or expired, with the offer's version as If-Match: a double
 * click or a colleague recording the same answer cannot enrol the person twice. */
export function useRecordOutcome() {
  return useEndpointMutation(vacancyEndpoints, 'POST /offers/:id/outcome', {
    call: (v: { offerId: string; version: number; answer: OfferOutcomeInput }) => ({
      params: { id: v.offerId },
      body: v.answer,
      version: v.version,
    }),
    invalidates: 'offer',
    invalidateOnError: true,
  });
}
