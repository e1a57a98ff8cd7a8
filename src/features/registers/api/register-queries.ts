import { registerEndpoints } from '../../../api/endpoints/registers';
import { queryKeys } from '../../../api/query-keys';
import { endpointQuery } from '../../../lib/endpoint-hooks';

export const registerQueries = {
  list: () => endpointQuery(registerEndpoints, 'GET /registers', queryKeys.registers.list()),
  detail: (sessionId: string) =>
    endpointQuery(
      registerEndpoints,
      'GET /sessions/:sessionId/register',
      queryKeys.registers.detail(sessionId),
      { params: { sessionId } },
    ),
};
