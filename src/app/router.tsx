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
import { z } from 'zod/mini';
import type { Role } from '../api/schemas/staff';
import { auditFilterSchema } from '../api/schemas/audit-view';
import { authStore } from '../features/auth/auth-store';
import { flagSearchSchema } from '../features/absence/flag-search';
import { cohortSearchSchema } from '../features/cohorts/cohort-search';
import { dashboardSearchSchema } from '../features/dashboard/dashboard-search';
import { referralQueries } from '../features/waiting-list/api/referral-queries';
import { waitingListSearchSchema } from '../features/waiting-list/waiting-list-search';
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
  redirect: z.catch(z.optional(z.string().check(z.regex(/^\/(?!\/)/))), undefined),
  reason: z.catch(z.optional(z.enum(['idle'])), undefined),
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
  // The shell (header, navigation, user menu, idle guard) is its own chunk: the sign-in page never needs it.
  component: lazyRouteComponent(() => import('./app-layout'), 'AppLayout'),
});

const indexRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/',
  // Issue 7: managers start on the dashboard; facilitators and admins on their cohorts.
  beforeLoad: () => {
    throw redirect({ to: authStore.get()?.role === 'manager' ? '/dashboard' : '/cohorts' });
  },
});

const dashboardRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/dashboard',
  validateSearch: dashboardSearchSchema,
  component: lazyRouteComponent(() => import('./routes/dashboard')),
});

const dashboardCohortRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/dashboard/cohorts/$cohortId',
  component: lazyRouteComponent(() => import('./routes/dashboard-cohort')),
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

const flagsRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/flags',
  validateSearch: flagSearchSchema,
  component: lazyRouteComponent(() => import('./routes/flags')),
});

const settingsRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/settings',
  beforeLoad: () => requireRole(['admin', 'manager']),
  component: lazyRouteComponent(() => import('./routes/settings')),
});

const auditRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/audit',
  validateSearch: auditFilterSchema,
  beforeLoad: () => requireRole(['admin', 'manager']),
  component: lazyRouteComponent(() => import('./routes/audit')),
});

const registersRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/registers',
  component: lazyRouteComponent(() => import('./routes/registers')),
});

const registerRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/registers/$sessionId',
  // Minutes before a session: ask for the register while the page's code loads, not after.
  loader: async ({ context, params }) => {
    const [{ registerQueries }, { staffQueries }] = await Promise.all([
      import('../features/registers/api/register-queries'),
      import('../features/cohorts/api/cohort-queries'),
    ]);
    void context.queryClient.prefetchQuery(registerQueries.detail(params.sessionId));
    void context.queryClient.prefetchQuery(staffQueries.list());
  },
  component: lazyRouteComponent(() => import('./routes/register')),
});

// Issue 6: the waiting list and vacancies are for admins (who act) and managers (who look).
const waitingListRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/waiting-list',
  beforeLoad: () => requireRole(['admin', 'manager']),
  validateSearch: waitingListSearchSchema,
  // Start fetching the (possibly 10,000-row) list at once, while the page's code loads; not
  // awaited, so the page shows its loading state at once. The query options are tiny (their
  // schemas load with the request), so they come with the router rather than a chunk round trip.
  loader: ({ context }) => {
    void context.queryClient.prefetchQuery(referralQueries.list());
  },
  component: lazyRouteComponent(() => import('./routes/waiting-list')),
});

const referralNewRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/waiting-list/new',
  beforeLoad: () => requireRole(['admin']),
  component: lazyRouteComponent(() => import('./routes/referral-new')),
});

const referralRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/waiting-list/$referralId',
  beforeLoad: () => requireRole(['admin', 'manager']),
  component: lazyRouteComponent(() => import('./routes/referral')),
});

const vacanciesRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/vacancies',
  beforeLoad: () => requireRole(['admin', 'manager']),
  component: lazyRouteComponent(() => import('./routes/vacancies')),
});

const vacancyRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/vacancies/$vacancyId',
  beforeLoad: () => requireRole(['admin', 'manager']),
  component: lazyRouteComponent(() => import('./routes/vacancy')),
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
  authedRoute.addChildren([
    indexRoute,
    dashboardRoute,
    dashboardCohortRoute,
    cohortsRoute,
    cohortNewRoute,
    cohortEditRoute,
    cohortRoute,
    registersRoute,
    registerRoute,
    flagsRoute,
    settingsRoute,
    auditRoute,
    waitingListRoute,
    referralNewRoute,
    referralRoute,
    vacanciesRoute,
    vacancyRoute,
  ]),
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
