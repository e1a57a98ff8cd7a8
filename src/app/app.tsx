import { RouterProvider } from '@tanstack/react-router';
import { Providers } from './providers';
import { createQueryClient } from '../lib/query-client';
import { clearSession } from '../features/auth/api/session';
import { createAppRouter } from './router';

/** Builds the app's long-lived objects; a 401 anywhere ends the session and asks to sign in. */
export function createApp() {
  const queryClient = createQueryClient(() => {
    clearSession(queryClient);
    void router.navigate({ to: '/sign-in', search: { redirect: router.state.location.href } });
  });
  const router = createAppRouter(queryClient);
  return { queryClient, router };
}

export function App({ app }: { app: ReturnType<typeof createApp> }) {
  return (
    <Providers queryClient={app.queryClient}>
      <RouterProvider router={app.router} />
    </Providers>
  );
}
