import { createRoute } from '@tanstack/react-router';
import { lazyComponent } from '../lib/lazy-component';
import { auditFilterSchema } from '../api/schemas/audit-filter';
import { flagSearchSchema } from '../features/absence/flag-search';
import { dashboardSearchSchema } from '../features/dashboard/dashboard-search';
import { authedRoute, requireAction } from './routes-root';

// The service as a whole: figures, absence flags, the audit trail, the service's settings and
// its staff accounts.

export const dashboardRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/dashboard',
  beforeLoad: requireAction('dashboard.read'),
  validateSearch: dashboardSearchSchema,
  component: lazyComponent(() => import('./routes/dashboard')),
});

export const dashboardCohortRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/dashboard/cohorts/$cohortId',
  beforeLoad: requireAction('dashboard.read'),
  component: lazyComponent(() => import('./routes/dashboard-cohort')),
});

export const flagsRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/flags',
  beforeLoad: requireAction('flag.read'),
  validateSearch: flagSearchSchema,
  component: lazyComponent(() => import('./routes/flags')),
});

export const settingsRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/settings',
  beforeLoad: requireAction('settings.read'),
  component: lazyComponent(() => import('./routes/settings')),
});

export const auditRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/audit',
  beforeLoad: requireAction('audit.read'),
  validateSearch: auditFilterSchema,
  component: lazyComponent(() => import('./routes/audit')),
});

export const staffRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/staff',
  beforeLoad: requireAction('staff.read'),
  // The page reads its search (filter, sort) with its own schema (features/staff/staff-search):
  // the shared entry carries only this definition.
  component: lazyComponent(() => import('./routes/staff')),
});
