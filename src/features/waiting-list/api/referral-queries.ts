import { queryOptions } from '@tanstack/react-query';
import { callApi } from '../../../api/client';
import { referralEndpoints } from '../../../api/endpoints/referrals';
import { queryKeys } from '../../../api/query-keys';

// The list is checked by a plain pass first (waiting-list-response.ts), loaded when first
// needed so the request starts as soon as the link is clicked.
const listSchema = () => import('./waiting-list-response').then((m) => m.waitingListResponseSchema);

export const referralQueries = {
  list: () =>
    queryOptions({
      queryKey: queryKeys.referrals.list(),
      queryFn: ({ signal }) =>
        callApi(referralEndpoints, 'GET /referrals', { signal, responseSchema: listSchema() }),
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: queryKeys.referrals.detail(id),
      queryFn: ({ signal }) =>
        callApi(referralEndpoints, 'GET /referrals/:id', { params: { id }, signal }),
    }),
};
