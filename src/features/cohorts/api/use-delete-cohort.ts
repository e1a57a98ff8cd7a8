import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../api/client';
import { cohortEndpoints } from '../../../api/endpoints/cohorts';
import { invalidateAfter } from '../../../lib/invalidate';

export function useDeleteCohort(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (version: number) =>
      callApi(cohortEndpoints, 'DELETE /cohorts/:id', { params: { id }, version }),
    onSuccess: () => invalidateAfter(qc, 'cohort'),
  });
}
