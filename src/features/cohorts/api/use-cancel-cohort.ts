import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../api/client';
import { cohortEndpoints } from '../../../api/endpoints/cohorts';
import { invalidateAfter } from '../../../lib/invalidate';

export function useCancelCohort(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ reason, version }: { reason: string; version: number }) =>
      callApi(cohortEndpoints, 'POST /cohorts/:id/cancel', {
        params: { id },
        body: { reason },
        version,
      }),
    onSuccess: () => invalidateAfter(qc, 'cohort'),
  });
}
