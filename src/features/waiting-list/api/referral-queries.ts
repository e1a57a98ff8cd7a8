import { queryOptions } from '@tanstack/react-query';
import { callApi } from '../../../api/client';
import { referralEndpoints } from '../../../api/endpoints/referrals';
import { queryKeys } from '../../../api/query-keys';
import { endpointQuery } from '../../../lib/endpoint-hooks';
import type { WaitingListQuery } from '../../../api/schemas/waiting-list';
import type { WaitingListSearch } from '../waiting-list-search';

/** Rows per page of the waiting list: a screenful several times over. */
export const WAITING_PAGE_SIZE = 100;

export type WaitingListFilters = Omit<WaitingListQuery, 'text' | 'offset' | 'limit'>;

/** What the server is asked for, with the defaults filled in. */
export function filtersFromSearch(search: WaitingListSearch): WaitingListFilters {
  return {
    status: search.status ?? 'open',
    urgency: search.urgency ?? 'all',
    sort: search.sort,
    desc: search.desc ?? false,
  };
}

const keepPrevious = <T>(previous: T): T => previous;

export const referralQueries = {
  /** One page of the list; the search text travels in the body, and the key holds `searchId`. */
  page: (filters: WaitingListFilters, text: string, searchId: number, index: number) =>
    queryOptions({
      queryKey: queryKeys.referrals.page(filters, searchId, index),
      // A new filter or search keeps the rows on screen until the new ones arrive (what
      // keepPreviousData does; importing it here would split React Query's core into a chunk
      // of its own that every page then loads).
      placeholderData: keepPrevious,
      queryFn: ({ signal }) =>
        callApi(referralEndpoints, 'POST /referrals/search', {
          body: {
            ...filters,
            text,
            offset: index * WAITING_PAGE_SIZE,
            limit: WAITING_PAGE_SIZE,
          },
          signal,
        }),
    }),
  detail: (id: string) =>
    endpointQuery(referralEndpoints, 'GET /referrals/:id', queryKeys.referrals.detail(id), {
      params: { id },
    }),
};
