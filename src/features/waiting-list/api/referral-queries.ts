import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { referralDetailSchema, waitingListSchema } from '../../../api/schemas/referrals';

// Keys hold opaque ids only: a name or NHS number never becomes part of a key, a URL or a log line.
export const referralQueries = {
  all: () => ['referrals'] as const,
  list: () =>
    queryOptions({
      queryKey: [...referralQueries.all(), 'list'],
      queryFn: ({ signal }) => apiRequest('/referrals', waitingListSchema, { signal }),
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...referralQueries.all(), 'detail', id],
      queryFn: ({ signal }) => apiRequest(`/referrals/${encodeURIComponent(id)}`, referralDetailSchema, { signal }),
    }),
};
