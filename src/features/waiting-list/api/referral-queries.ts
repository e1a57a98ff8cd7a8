import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';

// No schema is imported up front: the router starts the list request as soon as the link is
// clicked, while the code that checks the answer is still loading.
const listSchema = () => import('./waiting-list-response').then((m) => m.waitingListResponseSchema);
const detailSchema = () =>
  import('../../../api/schemas/referrals').then((m) => m.referralDetailSchema);

// Keys hold opaque ids only: a name or NHS number never becomes part of a key, a URL or a log line.
export const referralQueries = {
  all: () => ['referrals'] as const,
  list: () =>
    queryOptions({
      queryKey: [...referralQueries.all(), 'list'],
      queryFn: ({ signal }) => apiRequest('/referrals', listSchema(), { signal }),
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...referralQueries.all(), 'detail', id],
      queryFn: ({ signal }) =>
        apiRequest(`/referrals/${encodeURIComponent(id)}`, detailSchema(), { signal }),
    }),
};
