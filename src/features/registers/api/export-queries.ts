import { queryOptions } from '@tanstack/react-query';
import { callApi } from '../../../api/client';
import { reportingEndpoints } from '../../../api/endpoints/reporting';
import { queryKeys } from '../../../api/query-keys';

export const exportQueries = {
  attendance: (cohortId: string) =>
    queryOptions({
      queryKey: queryKeys.registers.export(cohortId),
      queryFn: ({ signal }) =>
        callApi(reportingEndpoints, 'GET /cohorts/:id/attendance-export', {
          params: { id: cohortId },
          signal,
        }),
      staleTime: 0,
    }),
};
