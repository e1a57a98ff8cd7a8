import { queryOptions } from '@tanstack/react-query';
import { enrolmentEndpoints } from '../../../api/endpoints/enrolments';
import { queryKeys } from '../../../api/query-keys';
import { endpointQuery } from '../../../lib/endpoint-hooks';

export const enrolmentQueries = {
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
  waitingCandidates: (cohortId: string) =>
    endpointQuery(
      enrolmentEndpoints,
      'GET /cohorts/:id/waiting-candidates',
      queryKeys.cohorts.waitingCandidates(cohortId),
      { params: { id: cohortId } },
    ),
  // The search text (it may be an NHS number) travels in the body, never in a URL.
  search: (q: string) =>
    queryOptions({
      ...endpointQuery(
        enrolmentEndpoints,
        'POST /participants/search',
        queryKeys.participants.search(q),
        {
          body: { q },
        },
      ),
      enabled: q.trim().length >= 2,
      staleTime: 10_000,
    }),
};
