import { createRoute } from '@tanstack/react-router';
import { lazyComponent } from '../lib/lazy-component';
import { authedRoute, requireAction, requireSignIn, rootRoute } from './routes-root';

export const registersRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/registers',
  beforeLoad: requireAction('register.read'),
  component: lazyComponent(() => import('./routes/registers')),
});

export const registerRoute = createRoute({
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
  component: lazyComponent(() => import('./routes/register')),
});

// The print view stands outside the app shell so the page holds only the register.
export const printRegisterRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/registers/$sessionId/print',
  beforeLoad: (match) => {
    requireSignIn(match);
    requireAction('register.read')();
  },
  component: lazyComponent(() => import('./routes/register-print')),
});
