import { queryOptions } from '@tanstack/react-query';
import { enrolmentEndpoints } from '../../../api/endpoints/enrolments';
import { flagEndpoints } from '../../../api/endpoints/flags';
import { queryKeys } from '../../../api/query-keys';
import { endpointQuery } from '../../../lib/endpoint-hooks';

export const flagQueries = {
  list: () => endpointQuery(flagEndpoints, 'GET /flags', queryKeys.flags.list()),
  // Where a flagged person could move (the same endpoint the cohort page's transfer uses).
  transferOptions: (enrolmentId: string) =>
    queryOptions({
      ...endpointQuery(
        enrolmentEndpoints,
        'GET /enrolments/:id/transfer-options',
        queryKeys.cohorts.transferOptions(enrolmentId),
        { params: { id: enrolmentId } },
      ),
      staleTime: 0,
    }),
};
