import { queryOptions } from '@tanstack/react-query';
import { callApi } from '../../../api/client';
import { staffEndpoints } from '../../../api/endpoints/staff';
import { queryKeys } from '../../../api/query-keys';

/** The staff accounts (admins and managers): who is active, and the cohorts each still
 * facilitates. The cohort form reads it too, to offer only active facilitators. */
export const staffAccountQueries = {
  list: () =>
    queryOptions({
      queryKey: queryKeys.staff.accounts(),
      queryFn: ({ signal }) => callApi(staffEndpoints, 'GET /staff', { signal }),
    }),
};
