import { queryOptions } from '@tanstack/react-query';
import { reportingEndpoints } from '../../../api/endpoints/reporting';
import { queryKeys } from '../../../api/query-keys';
import { endpointQuery } from '../../../lib/endpoint-hooks';

export const exportQueries = {
  attendance: (cohortId: string) =>
    queryOptions({
      ...endpointQuery(
        reportingEndpoints,
        'GET /cohorts/:id/attendance-export',
        queryKeys.registers.export(cohortId),
        { params: { id: cohortId } },
      ),
      staleTime: 0,
    }),
};
