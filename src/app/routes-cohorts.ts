import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { cohortSearchSchema } from '../features/cohorts/cohort-search';
import { authedRoute, requireAction } from './routes-root';

export const cohortsRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/cohorts',
  beforeLoad: requireAction('cohort.read'),
  validateSearch: cohortSearchSchema,
  component: lazyRouteComponent(() => import('./routes/cohorts')),
});

export const cohortNewRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/cohorts/new',
  beforeLoad: requireAction('cohort.manage'),
  component: lazyRouteComponent(() => import('./routes/cohort-new')),
});

export const cohortEditRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/cohorts/$cohortId/edit',
  beforeLoad: requireAction('cohort.manage'),
  component: lazyRouteComponent(() => import('./routes/cohort-edit')),
});

export const cohortRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/cohorts/$cohortId',
  beforeLoad: requireAction('cohort.read'),
  component: lazyRouteComponent(() => import('./routes/cohort')),
});
