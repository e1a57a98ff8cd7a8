import { dashboardEndpoints } from '../../../api/endpoints/service';
import { queryKeys } from '../../../api/query-keys';
import type { DashboardFilters } from '../../../api/schemas/dashboard';
import { endpointQuery } from '../../../lib/endpoint-hooks';

export const dashboardQueries = {
  summary: (filters: DashboardFilters) =>
    endpointQuery(
      dashboardEndpoints,
      'GET /dashboard/summary',
      queryKeys.dashboard.summary(filters),
      {
        query: filters,
      },
    ),
  cohort: (cohortId: string) =>
    endpointQuery(
      dashboardEndpoints,
      'GET /dashboard/cohorts/:id',
      queryKeys.dashboard.cohort(cohortId),
      {
        params: { id: cohortId },
      },
    ),
};
