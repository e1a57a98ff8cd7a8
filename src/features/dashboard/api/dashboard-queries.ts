import { queryOptions } from '@tanstack/react-query';
import { callApi } from '../../../api/client';
import { dashboardEndpoints } from '../../../api/endpoints/service';
import { outcomeEndpoints } from '../../../api/endpoints/outcomes';
import { queryKeys } from '../../../api/query-keys';
import type { DashboardFilters } from '../../../api/schemas/dashboard';

export const dashboardQueries = {
  summary: (filters: DashboardFilters) =>
    queryOptions({
      queryKey: queryKeys.dashboard.summary(filters),
      queryFn: ({ signal }) =>
        callApi(dashboardEndpoints, 'GET /dashboard/summary', { query: filters, signal }),
    }),
  outcomes: (cohortId: string) =>
    queryOptions({
      queryKey: queryKeys.outcomes.cohort(cohortId),
      queryFn: ({ signal }) =>
        callApi(outcomeEndpoints, 'GET /cohorts/:id/outcomes', {
          params: { id: cohortId },
          signal,
        }),
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
