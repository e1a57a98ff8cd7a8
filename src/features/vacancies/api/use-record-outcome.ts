import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { offerViewSchema, type OfferOutcome } from '../../../api/schemas/referrals';
import { invalidateAfterOffer } from './invalidate';

/** Accepted, declined or expired, with the offer's version as If-Match: a double click or a
 * colleague recording the same answer cannot enrol the person twice. */
export function useRecordOutcome() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({
      offerId,
      version,
      outcome,
    }: {
      offerId: string;
      version: number;
      outcome: OfferOutcome;
    }) =>
      apiRequest(`/offers/${encodeURIComponent(offerId)}/outcome`, offerViewSchema, {
        method: 'POST',
        body: { outcome },
        version,
      }),
    onSettled: () => invalidateAfterOffer(qc),
  });
}
