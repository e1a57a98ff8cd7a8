import { vacancyEndpoints } from '../../../api/endpoints/referrals';
import type { OfferOutcomeInput } from '../../../api/schemas/referrals';
import { useEndpointMutation } from '../../../lib/endpoint-hooks';

export interface RecordOutcome {
  offerId: string;
  version: number;
  answer: OfferOutcomeInput;
}

/** Accepted, declined (with why) or expired, with the offer's version as If-Match: a double
 * click or a colleague recording the same answer cannot enrol the person twice. `onError` runs
 * before the place is read again (a 412 opens its conflict before the open offer goes). */
export function useRecordOutcome(onError?: (error: unknown, variables: RecordOutcome) => void) {
  return useEndpointMutation(vacancyEndpoints, 'POST /offers/:id/outcome', {
    call: (v: RecordOutcome) => ({
      params: { id: v.offerId },
      body: v.answer,
      version: v.version,
    }),
    invalidates: 'offer',
    invalidateOnError: true,
    onError,
  });
}
