import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { vacancyDetailSchema, vacancyListSchema } from '../../../api/schemas/referrals';

export const vacancyQueries = {
  all: () => ['vacancies'] as const,
  list: () =>
    queryOptions({
      queryKey: [...vacancyQueries.all(), 'list'],
      queryFn: ({ signal }) => apiRequest('/vacancies', vacancyListSchema, { signal }),
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...vacancyQueries.all(), 'detail', id],
      queryFn: ({ signal }) =>
        apiRequest(`/vacancies/${encodeURIComponent(id)}`, vacancyDetailSchema, { signal }),
    }),
};
