import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { cohortSummarySchema, type CohortInput } from '../../../api/schemas/cohorts';
import { invalidateCohortData } from './invalidate';

/** Create (no id) or edit (id + the version the form was opened with, sent as If-Match). */
export function useSaveCohort() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, input }: { id?: string; version?: number; input: CohortInput }) =>
      id
        ? apiRequest(`/cohorts/${encodeURIComponent(id)}`, cohortSummarySchema, {
            method: 'PATCH',
            body: input,
            version,
          })
        : apiRequest('/cohorts', cohortSummarySchema, { method: 'POST', body: input }),
    onSuccess: () => invalidateCohortData(qc),
  });
}
