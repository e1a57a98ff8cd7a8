import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  notFound,
  redirect,
  type ParsedLocation,
} from '@tanstack/react-router';
import { z } from 'zod/mini';
import { lazyComponent } from '../lib/lazy-component';
import { can, homePathFor, type Action } from '../domain/policy';
import { authStore } from '../features/auth/auth-store';
import { redirectTarget } from '../features/auth/redirect-target';
import { RootLayout } from './root-layout';
import { NotFoundView, RouteErrorView } from './with-mantine';

export interface RouterContext {
  queryClient: QueryClient;
}

/** The UI hides what a role cannot do (the policy table); a typed-in address for it gets the
 * 404 page. */
export function requireAction(action: Action) {
  return () => {
    const user = authStore.get();
    if (!user || !can(user.role, action)) throw notFound();
  };
}

/** Without a session, to the sign-in page, coming back here afterwards. */
export function requireSignIn({ location }: { location: ParsedLocation }) {
  if (!authStore.get())
    throw redirect({ to: '/sign-in', search: { redirect: redirectTarget(location.href) } });
}

export const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: RootLayout,
  notFoundComponent: NotFoundView,
  errorComponent: RouteErrorView,
});

/** Only this app's own pages are honoured after sign-in: no open redirects, and never the
 * sign-in page itself (../features/auth/redirect-target.ts). */
const signInSearch = z.object({
  redirect: z.catch(z.optional(z.pipe(z.unknown(), z.transform(redirectTarget))), undefined),
  // Why the user is here (a session's end: 'idle', 'deactivated', ..., or a refused single
  // sign-on: 'sso-unknown', ...); the sign-in page explains the ones it knows.
  reason: z.catch(z.optional(z.string()), undefined),
  /** With 'idle': the service's idle limit that ended the session. */
  minutes: z.catch(z.optional(z.coerce.number().check(z.int(), z.positive())), undefined),
});

export const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  validateSearch: signInSearch,
  component: lazyComponent(() => import('./routes/sign-in')),
});

export const authedRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'authed',
  beforeLoad: requireSignIn,
  // The shell (header, navigation, user menu, idle guard) is its own chunk: the sign-in page never needs it.
  component: lazyComponent(() => import('./app-layout'), 'AppLayout'),
});

export const indexRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/',
  // Managers start on the dashboard; facilitators and admins on their cohorts.
  beforeLoad: () => {
    const user = authStore.get();
    throw redirect({ to: user ? homePathFor(user.role) : '/sign-in' });
  },
});
