import { queryOptions } from '@tanstack/react-query';
import { callApi } from '../../../api/client';
import { vacancyEndpoints } from '../../../api/endpoints/referrals';
import { queryKeys } from '../../../api/query-keys';
import { endpointQuery } from '../../../lib/endpoint-hooks';

export const vacancyQueries = {
  list: () => endpointQuery(vacancyEndpoints, 'GET /vacancies', queryKeys.vacancies.list()),
  detail: (id: string) =>
    queryOptions({
      ...endpointQuery(vacancyEndpoints, 'GET /vacancies/:id', queryKeys.vacancies.detail(id), {
        params: { id },
      }),
      // While the open offer's message is on its way, read again for Notify's latest word.
      refetchInterval: (query) =>
        query.state.data?.vacancy.openOffer?.contacts.some(
          (c) => c.deliveryStatus === 'created' || c.deliveryStatus === 'sending',
        )
          ? MESSAGE_POLL_MS
          : false,
    }),
  // The search text (a name or an NHS number) travels in the body, never in a URL.
  search: (id: string, text: string, offset: number) =>
    queryOptions({
      queryKey: queryKeys.vacancies.search(id, text, offset),
      queryFn: ({ signal }) =>
        callApi(vacancyEndpoints, 'POST /vacancies/:id/search', {
          params: { id },
          body: { text, offset, limit: SEARCH_PAGE },
          signal,
        }),
      // The rows on screen stay until the next page arrives (what keepPreviousData does,
      // without splitting React Query's core into a chunk of its own).
      placeholderData: (previous) => previous,
    }),
};

export const SEARCH_PAGE = 20;
/** The server asks Notify about messages once a minute by default. */
const MESSAGE_POLL_MS = 10_000;
