import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../api/client';
import { vacancyEndpoints } from '../../../api/endpoints/referrals';
import type { OfferOutcomeInput } from '../../../api/schemas/referrals';
import { invalidateAfter } from '../../../lib/invalidate';

/** Accepted, declined (with why) or expired, with the offer's version as If-Match: a double
 * click or a colleague recording the same answer cannot enrol the person twice. */
export function useRecordOutcome() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({
      offerId,
      version,
      answer,
    }: {
      offerId: string;
      version: number;
      answer: OfferOutcomeInput;
    }) =>
      callApi(vacancyEndpoints, 'POST /offers/:id/outcome', {
        params: { id: offerId },
        body: answer,
        version,
      }),
    onSettled: () => invalidateAfter(qc, 'offer'),
  });
}
