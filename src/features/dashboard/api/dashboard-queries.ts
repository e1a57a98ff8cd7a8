import { queryOptions } from '@tanstack/react-query';
import { callApi } from '../../../api/client';
import { dashboardEndpoints } from '../../../api/endpoints/service';
import { queryKeys } from '../../../api/query-keys';
import type { DashboardFilters } from '../../../api/schemas/dashboard';

export const dashboardQueries = {
  summary: (filters: DashboardFilters) =>
    queryOptions({
      queryKey: queryKeys.dashboard.summary(filters),
      queryFn: ({ signal }) =>
        callApi(dashboardEndpoints, 'GET /dashboard/summary', { query: filters, signal }),
    }),
  cohort: (cohortId: string) =>
    queryOptions({
      queryKey: queryKeys.dashboard.cohort(cohortId),
      queryFn: ({ signal }) =>
        callApi(dashboardEndpoints, 'GET /dashboard/cohorts/:id', {
          params: { id: cohortId },
          signal,
        }),
    }),
};
