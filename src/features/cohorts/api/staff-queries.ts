import { queryOptions } from '@tanstack/react-query';
import { callApi } from '../../../api/client';
import { authEndpoints } from '../../../api/endpoints/auth';
import { queryKeys } from '../../../api/query-keys';

export const staffQueries = {
  list: () =>
    queryOptions({
      queryKey: queryKeys.staff.list(),
      queryFn: ({ signal }) => callApi(authEndpoints, 'GET /staff', { signal }),
      staleTime: 5 * 60_000,
    }),
};
