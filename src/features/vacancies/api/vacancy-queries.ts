import { queryOptions } from '@tanstack/react-query';
import { callApi } from '../../../api/client';
import { vacancyEndpoints } from '../../../api/endpoints/referrals';
import { queryKeys } from '../../../api/query-keys';

export const vacancyQueries = {
  list: () =>
    queryOptions({
      queryKey: queryKeys.vacancies.list(),
      queryFn: ({ signal }) => callApi(vacancyEndpoints, 'GET /vacancies', { signal }),
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: queryKeys.vacancies.detail(id),
      queryFn: ({ signal }) =>
        callApi(vacancyEndpoints, 'GET /vacancies/:id', { params: { id }, signal }),
    }),
};
