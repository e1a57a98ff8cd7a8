import { cohortEndpoints } from '../../../api/endpoints/cohorts';
import { useEndpointMutation } from '../../../lib/endpoint-hooks';

export function useCancelCohort(id: string) {
  return useEndpointMutation(cohortEndpoints, 'POST /cohorts/:id/cancel', {
    call: ({ reason, version }: { reason: string; version: number }) => ({
      params: { id },
      body: { reason },
      version,
    }),
    invalidates: 'cohort',
  });
}
