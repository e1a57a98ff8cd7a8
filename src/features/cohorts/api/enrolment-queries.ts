import { queryOptions } from '@tanstack/react-query';
import { callApi } from '../../../api/client';
import { enrolmentEndpoints } from '../../../api/endpoints/enrolments';
import { queryKeys } from '../../../api/query-keys';

export const enrolmentQueries = {
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
  waitingCandidates: (cohortId: string) =>
    queryOptions({
      queryKey: queryKeys.cohorts.waitingCandidates(cohortId),
      queryFn: ({ signal }) =>
        callApi(enrolmentEndpoints, 'GET /cohorts/:id/waiting-candidates', {
          params: { id: cohortId },
          signal,
        }),
    }),
  // The search text (it may be an NHS number) travels in the body, never in a URL.
  search: (q: string) =>
    queryOptions({
      queryKey: queryKeys.participants.search(q),
      queryFn: ({ signal }) =>
        callApi(enrolmentEndpoints, 'POST /participants/search', { body: { q }, signal }),
      enabled: q.trim().length >= 2,
      staleTime: 10_000,
    }),
};
