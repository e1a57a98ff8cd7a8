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
import { auditFilterSchema } from '../api/schemas/audit-view';
import { can, homePathFor, type Action } from '../domain/policy';
import { authStore } from '../features/auth/auth-store';
import { flagSearchSchema } from '../features/absence/flag-search';
import { cohortSearchSchema } from '../features/cohorts/cohort-search';
import { dashboardSearchSchema } from '../features/dashboard/dashboard-search';
import { waitingListSearchSchema } from '../features/waiting-list/waiting-list-search';
import { NotFoundPage } from './not-found-page';
import { RouteError } from './route-error';

export interface RouterContext {
  queryClient: QueryClient;
}

/** The UI hides what a role cannot do (the policy table); a typed-in address for it gets the
 * 404 page. */
function requireAction(action: Action) {
  return () => {
    const user = authStore.get();
    if (!user || !can(user.role, action)) throw notFound();
  };
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
    const user = authStore.get();
    throw redirect({ to: user ? homePathFor(user.role) : '/sign-in' });
  },
});

const dashboardRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/dashboard',
  beforeLoad: requireAction('dashboard.read'),
  validateSearch: dashboardSearchSchema,
  component: lazyRouteComponent(() => import('./routes/dashboard')),
});

const dashboardCohortRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/dashboard/cohorts/$cohortId',
  beforeLoad: requireAction('dashboard.read'),
  component: lazyRouteComponent(() => import('./routes/dashboard-cohort')),
});

const cohortsRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/cohorts',
  beforeLoad: requireAction('cohort.read'),
  validateSearch: cohortSearchSchema,
  component: lazyRouteComponent(() => import('./routes/cohorts')),
});

const cohortNewRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/cohorts/new',
  beforeLoad: requireAction('cohort.manage'),
  component: lazyRouteComponent(() => import('./routes/cohort-new')),
});

const cohortEditRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/cohorts/$cohortId/edit',
  beforeLoad: requireAction('cohort.manage'),
  component: lazyRouteComponent(() => import('./routes/cohort-edit')),
});

const cohortRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/cohorts/$cohortId',
  beforeLoad: requireAction('cohort.read'),
  component: lazyRouteComponent(() => import('./routes/cohort')),
});

const flagsRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/flags',
  beforeLoad: requireAction('flag.read'),
  validateSearch: flagSearchSchema,
  component: lazyRouteComponent(() => import('./routes/flags')),
});

const settingsRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/settings',
  beforeLoad: requireAction('settings.read'),
  component: lazyRouteComponent(() => import('./routes/settings')),
});

const auditRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/audit',
  beforeLoad: requireAction('audit.read'),
  validateSearch: auditFilterSchema,
  component: lazyRouteComponent(() => import('./routes/audit')),
});

const registersRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/registers',
  beforeLoad: requireAction('register.read'),
  component: lazyRouteComponent(() => import('./routes/registers')),
});

const registerRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/registers/$sessionId',
  beforeLoad: requireAction('register.read'),
  // Minutes before a session: ask for the register while the page's code loads, not after.
  loader: async ({ context, params }) => {
    const [{ registerQueries }, { staffQueries }] = await Promise.all([
      import('../features/registers/api/register-queries'),
      import('../features/cohorts/api/staff-queries'),
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
  beforeLoad: requireAction('referral.read'),
  validateSearch: waitingListSearchSchema,
  // Start fetching the (possibly 10,000-row) list while the page's code loads; not awaited, so
  // the page shows its loading state at once. The query options come in their own small chunk
  // (with the referral endpoints' schemas), so no page but this one pays for them.
  loader: async ({ context }) => {
    const { referralQueries } = await import('../features/waiting-list/api/referral-queries');
    void context.queryClient.prefetchQuery(referralQueries.list());
  },
  component: lazyRouteComponent(() => import('./routes/waiting-list')),
});

const referralNewRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/waiting-list/new',
  beforeLoad: requireAction('referral.manage'),
  component: lazyRouteComponent(() => import('./routes/referral-new')),
});

const referralRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/waiting-list/$referralId',
  beforeLoad: requireAction('referral.read'),
  component: lazyRouteComponent(() => import('./routes/referral')),
});

const vacanciesRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/vacancies',
  beforeLoad: requireAction('vacancy.read'),
  component: lazyRouteComponent(() => import('./routes/vacancies')),
});

const vacancyRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/vacancies/$vacancyId',
  beforeLoad: requireAction('vacancy.read'),
  component: lazyRouteComponent(() => import('./routes/vacancy')),
});

// The print view stands outside the app shell so the page holds only the register.
const printRegisterRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/registers/$sessionId/print',
  beforeLoad: ({ location }) => {
    if (!authStore.get()) throw redirect({ to: '/sign-in', search: { redirect: location.href } });
    requireAction('register.read')();
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
