import { createRoute } from '@tanstack/react-router';
import { lazyComponent } from '../lib/lazy-component';
import type { WaitingListSearch } from '../features/waiting-list/waiting-list-search';
import { authedRoute, requireAction } from './routes-root';

// The waiting list and vacancies are for admins (who act) and managers (who look).

export const waitingListRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/waiting-list',
  beforeLoad: requireAction('referral.read'),
  // Only typed here: the page checks the values with waitingListSearchSchema, which stays in
  // its own chunk instead of the route tree every page loads (the register's budget).
  validateSearch: (search: Record<string, unknown>) => search as WaitingListSearch,
  // No loader: the first page is a page, not the whole list, so it is asked for when the
  // view mounts (prefetching it here cost the register's first load more than it saved).
  component: lazyComponent(() => import('./routes/waiting-list')),
});

export const referralNewRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/waiting-list/new',
  beforeLoad: requireAction('referral.manage'),
  component: lazyComponent(() => import('./routes/referral-new')),
});

export const referralRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/waiting-list/$referralId',
  beforeLoad: requireAction('referral.read'),
  component: lazyComponent(() => import('./routes/referral')),
});

export const vacanciesRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/vacancies',
  beforeLoad: requireAction('vacancy.read'),
  component: lazyComponent(() => import('./routes/vacancies')),
});

export const vacancyRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/vacancies/$vacancyId',
  beforeLoad: requireAction('vacancy.read'),
  component: lazyComponent(() => import('./routes/vacancy')),
});
