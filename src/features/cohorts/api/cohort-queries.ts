import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { cohortDetailSchema, cohortListSchema } from '../../../api/schemas/cohorts';
import { rosterSchema } from '../../../api/schemas/participants';
import { staffListSchema } from '../../../api/schemas/staff';

export const cohortQueries = {
  all: () => ['cohorts'] as const,
  list: () =>
    queryOptions({
      queryKey: [...cohortQueries.all(), 'list'],
      queryFn: ({ signal }) => apiRequest('/cohorts', cohortListSchema, { signal }),
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...cohortQueries.all(), 'detail', id],
      queryFn: ({ signal }) =>
        apiRequest(`/cohorts/${encodeURIComponent(id)}`, cohortDetailSchema, { signal }),
    }),
  roster: (id: string) =>
    queryOptions({
      queryKey: [...cohortQueries.all(), 'roster', id],
      queryFn: ({ signal }) =>
        apiRequest(`/cohorts/${encodeURIComponent(id)}/enrolments`, rosterSchema, { signal }),
    }),
};

export const staffQueries = {
  list: () =>
    queryOptions({
      queryKey: ['staff', 'list'],
      queryFn: ({ signal }) => apiRequest('/staff', staffListSchema, { signal }),
      staleTime: 5 * 60_000,
    }),
};
