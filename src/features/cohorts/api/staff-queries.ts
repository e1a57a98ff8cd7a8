import { queryOptions } from '@tanstack/react-query';
import { callApi } from '../../../api/client';
import { authEndpoints } from '../../../api/endpoints/auth';
import { queryKeys } from '../../../api/query-keys';

/** Who is who (names, roles, disciplines), for every role: who marked a register, made a
 * change, facilitates a cohort. */
export const staffQueries = {
  list: () =>
    queryOptions({
      queryKey: queryKeys.staff.list(),
      queryFn: ({ signal }) => callApi(authEndpoints, 'GET /staff/directory', { signal }),
      staleTime: 5 * 60_000,
    }),
};
