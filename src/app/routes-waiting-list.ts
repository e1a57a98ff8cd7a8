import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { waitingListSearchSchema } from '../features/waiting-list/waiting-list-search';
import { authedRoute, requireAction } from './routes-root';

// Issue 6: the waiting list and vacancies are for admins (who act) and managers (who look).

export const waitingListRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/waiting-list',
  beforeLoad: requireAction('referral.read'),
  validateSearch: waitingListSearchSchema,
  // No loader: the first page is a page, not the whole list, so it is asked for when the
  // view mounts (prefetching it here cost the register's first load more than it saved).
  component: lazyRouteComponent(() => import('./routes/waiting-list')),
});

export const referralNewRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/waiting-list/new',
  beforeLoad: requireAction('referral.manage'),
  component: lazyRouteComponent(() => import('./routes/referral-new')),
});

export const referralRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/waiting-list/$referralId',
  beforeLoad: requireAction('referral.read'),
  component: lazyRouteComponent(() => import('./routes/referral')),
});

export const vacanciesRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/vacancies',
  beforeLoad: requireAction('vacancy.read'),
  component: lazyRouteComponent(() => import('./routes/vacancies')),
});

export const vacancyRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/vacancies/$vacancyId',
  beforeLoad: requireAction('vacancy.read'),
  component: lazyRouteComponent(() => import('./routes/vacancy')),
});
