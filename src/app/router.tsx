import type { QueryClient } from '@tanstack/react-query';
import { createRouter, type RouterHistory } from '@tanstack/react-router';
import { cohortEditRoute, cohortNewRoute, cohortRoute, cohortsRoute } from './routes-cohorts';
import {
  auditRoute,
  dashboardCohortRoute,
  dashboardRoute,
  flagsRoute,
  settingsRoute,
  staffRoute,
} from './routes-oversight';
import { printRegisterRoute, registerRoute, registersRoute } from './routes-registers';
import { authedRoute, indexRoute, rootRoute, signInRoute } from './routes-root';
import {
  referralNewRoute,
  referralRoute,
  vacanciesRoute,
  vacancyRoute,
  waitingListRoute,
} from './routes-waiting-list';
import { NotFoundView, RouteErrorView } from './with-mantine';

// The route tree; each area's routes (path, role check, search schema, lazy page) are in
// ./routes-<area>.ts and the pages themselves in ./routes/.

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
    staffRoute,
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
    defaultErrorComponent: RouteErrorView,
    defaultNotFoundComponent: NotFoundView,
    scrollRestoration: true,
  });
}

export type AppRouter = ReturnType<typeof createAppRouter>;

declare module '@tanstack/react-router' {
  interface Register {
    router: AppRouter;
  }
}
