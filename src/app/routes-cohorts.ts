import { createRoute } from '@tanstack/react-router';
import { lazyComponent } from '../lib/lazy-component';
import { cohortSearchSchema } from '../features/cohorts/cohort-search';
import { authedRoute, requireAction } from './routes-root';

export const cohortsRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/cohorts',
  beforeLoad: requireAction('cohort.read'),
  validateSearch: cohortSearchSchema,
  component: lazyComponent(() => import('./routes/cohorts')),
});

export const cohortNewRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/cohorts/new',
  beforeLoad: requireAction('cohort.manage'),
  component: lazyComponent(() => import('./routes/cohort-new')),
});

export const cohortEditRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/cohorts/$cohortId/edit',
  beforeLoad: requireAction('cohort.manage'),
  component: lazyComponent(() => import('./routes/cohort-edit')),
});

export const cohortRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/cohorts/$cohortId',
  beforeLoad: requireAction('cohort.read'),
  component: lazyComponent(() => import('./routes/cohort')),
});
