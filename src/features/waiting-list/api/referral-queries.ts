import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { referralDetailSchema } from '../../../api/schemas/referrals';
import { waitingListResponseSchema } from './waiting-list-response';

// Keys hold opaque ids only: a name or NHS number never becomes part of a key, a URL or a log line.
export const referralQueries = {
  all: () => ['referrals'] as const,
  list: () =>
    queryOptions({
      queryKey: [...referralQueries.all(), 'list'],
      queryFn: ({ signal }) => apiRequest('/referrals', waitingListResponseSchema, { signal }),
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...referralQueries.all(), 'detail', id],
      queryFn: ({ signal }) => apiRequest(`/referrals/${encodeURIComponent(id)}`, referralDetailSchema, { signal }),
    }),
};
