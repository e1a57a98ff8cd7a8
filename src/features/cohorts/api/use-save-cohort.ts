import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../api/client';
import { cohortEndpoints } from '../../../api/endpoints/cohorts';
import type { CohortInput } from '../../../api/schemas/cohorts';
import { invalidateAfter } from '../../../lib/invalidate';

/** Create (no id) or edit (id + the version the form was opened with, sent as If-Match). */
export function useSaveCohort() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, input }: { id?: string; version?: number; input: CohortInput }) =>
      id
        ? callApi(cohortEndpoints, 'PATCH /cohorts/:id', {
            params: { id },
            body: input,
            version: version ?? 0,
          })
        : callApi(cohortEndpoints, 'POST /cohorts', { body: input }),
    onSuccess: () => invalidateAfter(qc, 'cohort'),
  });
}
