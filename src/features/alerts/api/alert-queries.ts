import { queryOptions } from '@tanstack/react-query';
import { callApi } from '../../../api/client';
import { outcomeEndpoints } from '../../../api/endpoints/outcomes';
import { queryKeys } from '../../../api/query-keys';

export const alertQueries = {
  // Refreshed every minute while a page shows them: an alert raised in another room (or, once
  // people answer by link, by the person) must not wait for a reload.
  list: () =>
    queryOptions({
      queryKey: queryKeys.alerts.list(),
      queryFn: ({ signal }) => callApi(outcomeEndpoints, 'GET /alerts', { signal }),
      refetchInterval: 60_000,
    }),
};
