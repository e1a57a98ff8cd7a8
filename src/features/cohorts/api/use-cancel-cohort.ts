import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { apiRequest } from '../../../api/client';
import { cohortSummarySchema } from '../../../api/schemas/cohorts';
import { invalidateCohortData } from './invalidate';

export function useCancelCohort(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ reason, version }: { reason: string; version: number }) =>
      apiRequest(`/cohorts/${encodeURIComponent(id)}/cancel`, cohortSummarySchema, {
        method: 'POST',
        body: { reason },
        version,
      }),
    onSuccess: () => invalidateCohortData(qc),
  });
}

export function useDeleteCohort(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (version: number) =>
      apiRequest(`/cohorts/${encodeURIComponent(id)}`, z.object({ ok: z.boolean() }), {
        method: 'DELETE',
        version,
      }),
    onSuccess: () => invalidateCohortData(qc),
  });
}
