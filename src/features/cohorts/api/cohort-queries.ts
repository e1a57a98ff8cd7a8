import { queryOptions } from '@tanstack/react-query';
import { callApi } from '../../../api/client';
import { cohortEndpoints } from '../../../api/endpoints/cohorts';
import { queryKeys } from '../../../api/query-keys';

export const cohortQueries = {
  list: () =>
    queryOptions({
      queryKey: queryKeys.cohorts.list(),
      queryFn: ({ signal }) => callApi(cohortEndpoints, 'GET /cohorts', { signal }),
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: queryKeys.cohorts.detail(id),
      queryFn: ({ signal }) =>
        callApi(cohortEndpoints, 'GET /cohorts/:id', { params: { id }, signal }),
    }),
  roster: (id: string) =>
    queryOptions({
      queryKey: queryKeys.cohorts.roster(id),
      queryFn: ({ signal }) =>
        callApi(cohortEndpoints, 'GET /cohorts/:id/enrolments', { params: { id }, signal }),
    }),
};
