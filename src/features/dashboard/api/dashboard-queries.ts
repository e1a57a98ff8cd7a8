import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import {
  cohortDashboardSchema,
  dashboardSummarySchema,
  type DashboardFilters,
} from '../../../api/schemas/dashboard';

function toQueryString(filters: DashboardFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export const dashboardQueries = {
  all: () => ['dashboard'] as const,
  summary: (filters: DashboardFilters) =>
    queryOptions({
      queryKey: [...dashboardQueries.all(), 'summary', filters],
      queryFn: ({ signal }) =>
        apiRequest(`/dashboard/summary${toQueryString(filters)}`, dashboardSummarySchema, {
          signal,
        }),
    }),
  cohort: (cohortId: string) =>
    queryOptions({
      queryKey: [...dashboardQueries.all(), 'cohort', cohortId],
      queryFn: ({ signal }) =>
        apiRequest(`/dashboard/cohorts/${encodeURIComponent(cohortId)}`, cohortDashboardSchema, {
          signal,
        }),
    }),
};
