import { cohortEndpoints } from '../../../api/endpoints/cohorts';
import { queryKeys } from '../../../api/query-keys';
import { endpointQuery } from '../../../lib/endpoint-hooks';

export const cohortQueries = {
  list: () => endpointQuery(cohortEndpoints, 'GET /cohorts', queryKeys.cohorts.list()),
  detail: (id: string) =>
    endpointQuery(cohortEndpoints, 'GET /cohorts/:id', queryKeys.cohorts.detail(id), {
      params: { id },
    }),
  roster: (id: string) =>
    endpointQuery(cohortEndpoints, 'GET /cohorts/:id/enrolments', queryKeys.cohorts.roster(id), {
      params: { id },
    }),
};
