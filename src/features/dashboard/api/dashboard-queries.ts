import { dashboardEndpoints } from '../../../api/endpoints/service';
import { outcomeEndpoints } from '../../../api/endpoints/outcomes';
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
  outcomes: (cohortId: string) =>
    endpointQuery(
      outcomeEndpoints,
      'GET /cohorts/:id/outcomes',
      queryKeys.outcomes.cohort(cohortId),
      {
        params: { id: cohortId },
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
