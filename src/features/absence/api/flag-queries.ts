import { queryOptions } from '@tanstack/react-query';
import { callApi } from '../../../api/client';
import { enrolmentEndpoints } from '../../../api/endpoints/enrolments';
import { flagEndpoints } from '../../../api/endpoints/flags';
import { queryKeys } from '../../../api/query-keys';

export const flagQueries = {
  list: () =>
    queryOptions({
      queryKey: queryKeys.flags.list(),
      queryFn: ({ signal }) => callApi(flagEndpoints, 'GET /flags', { signal }),
    }),
  // Where a flagged person could move (the same endpoint the cohort page's transfer uses).
  transferOptions: (enrolmentId: string) =>
    queryOptions({
      queryKey: queryKeys.cohorts.transferOptions(enrolmentId),
      queryFn: ({ signal }) =>
        callApi(enrolmentEndpoints, 'GET /enrolments/:id/transfer-options', {
          params: { id: enrolmentId },
          signal,
        }),
      staleTime: 0,
    }),
};
