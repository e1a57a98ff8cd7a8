import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  notFound,
  Outlet,
  redirect,
  type RouterHistory,
} from '@tanstack/react-router';
import { z } from 'zod';
import type { Role } from '../api/schemas/staff';
import { authStore } from '../features/auth/auth-store';
import { cohortSearchSchema } from '../features/cohorts/cohort-search';
import { AppLayout } from './app-layout';
import { NotFoundPage } from './not-found-page';
import { RouteError } from './route-error';

export interface RouterContext {
  queryClient: QueryClient;
}

/** The UI hides what a role cannot do; a typed-in address for it gets the 404 page. */
function requireRole(roles: Role[]) {
  const user = authStore.get();
  if (!user || !roles.includes(user.role)) throw notFound();
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
  errorComponent: RouteError,
});

/** Only same-site paths are honoured after sign-in (no open redirects). */
const signInSearch = z.object({
  redirect: z.string().regex(/^\/(?!\/)/).optional().catch(undefined),
});

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  validateSearch: signInSearch,
  component: lazyRouteComponent(() => import('./routes/sign-in')),
});

const authedRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'authed',
  beforeLoad: ({ location }) => {
    if (!authStore.get()) throw redirect({ to: '/sign-in', search: { redirect: location.href } });
  },
  component: AppLayout,
});

const indexRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/cohorts' });
  },
});

const cohortsRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/cohorts',
  validateSearch: cohortSearchSchema,
  component: lazyRouteComponent(() => import('./routes/cohorts')),
});

const cohortNewRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/cohorts/new',
  beforeLoad: () => requireRole(['admin']),
  component: lazyRouteComponent(() => import('./routes/cohort-new')),
});

const cohortEditRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/cohorts/$cohortId/edit',
  beforeLoad: () => requireRole(['admin']),
  component: lazyRouteComponent(() => import('./routes/cohort-edit')),
});

const cohortRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/cohorts/$cohortId',
  component: lazyRouteComponent(() => import('./routes/cohort')),
});

const registersRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/registers',
  component: lazyRouteComponent(() => import('./routes/registers')),
});

const registerRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/registers/$sessionId',
  component: lazyRouteComponent(() => import('./routes/register')),
});

// The print view stands outside the app shell so the page holds only the register.
const printRegisterRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/registers/$sessionId/print',
  beforeLoad: ({ location }) => {
    if (!authStore.get()) throw redirect({ to: '/sign-in', search: { redirect: location.href } });
  },
  component: lazyRouteComponent(() => import('./routes/register-print')),
});

const routeTree = rootRoute.addChildren([
  signInRoute,
  printRegisterRoute,
  authedRoute.addChildren([indexRoute, cohortsRoute, cohortNewRoute, cohortEditRoute, cohortRoute, registersRoute, registerRoute]),
]);

export function createAppRouter(queryClient: QueryClient, history?: RouterHistory) {
  return createRouter({
    routeTree,
    context: { queryClient },
    history,
    defaultPreload: 'intent',
    defaultErrorComponent: RouteError,
    defaultNotFoundComponent: NotFoundPage,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}

export { cohortsRoute, cohortRoute, signInRoute };
