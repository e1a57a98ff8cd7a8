import { cohortEndpoints } from '../../../api/endpoints/cohorts';
import { useEndpointMutation } from '../../../lib/endpoint-hooks';

export function useDeleteCohort(id: string) {
  return useEndpointMutation(cohortEndpoints, 'DELETE /cohorts/:id', {
    call: (version: number) => ({ params: { id }, version }),
    invalidates: 'cohort',
  });
}
