import { queryOptions } from '@tanstack/react-query';
import { callApi } from '../../../api/client';
import { registerEndpoints } from '../../../api/endpoints/registers';
import { queryKeys } from '../../../api/query-keys';

export const registerQueries = {
  list: () =>
    queryOptions({
      queryKey: queryKeys.registers.list(),
      queryFn: ({ signal }) => callApi(registerEndpoints, 'GET /registers', { signal }),
    }),
  detail: (sessionId: string) =>
    queryOptions({
      queryKey: queryKeys.registers.detail(sessionId),
      queryFn: ({ signal }) =>
        callApi(registerEndpoints, 'GET /sessions/:sessionId/register', {
          params: { sessionId },
          signal,
        }),
    }),
};
