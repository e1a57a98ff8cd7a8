import { queryOptions } from '@tanstack/react-query';
import { authEndpoints } from '../../../api/endpoints/auth';
import { queryKeys } from '../../../api/query-keys';
import { endpointQuery } from '../../../lib/endpoint-hooks';

/** Who is who (names, roles, disciplines), for every role: who marked a register, made a
 * change, facilitates a cohort. */
export const staffQueries = {
  list: () =>
    queryOptions({
      ...endpointQuery(authEndpoints, 'GET /staff/directory', queryKeys.staff.list()),
      staleTime: 5 * 60_000,
    }),
};
