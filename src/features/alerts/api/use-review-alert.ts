import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../api/client';
import { outcomeEndpoints } from '../../../api/endpoints/outcomes';
import type { ReviewAlert } from '../../../api/schemas/alerts';
import { invalidateAfter } from '../../../lib/invalidate';

/** Records what was done about a safety alert; the lists and the register row refresh. */
export function useReviewAlert() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: string; version: number; review: ReviewAlert }) =>
      callApi(outcomeEndpoints, 'POST /alerts/:id/review', {
        params: { id: v.id },
        body: v.review,
        version: v.version,
      }),
    onSuccess: () => invalidateAfter(qc, 'measures'),
  });
}
