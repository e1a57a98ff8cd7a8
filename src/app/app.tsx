import { RouterProvider, type RouterHistory } from '@tanstack/react-router';
import { Providers } from './providers';
import { createQueryClient } from '../lib/query-client';
import { sessionEndedBy } from '../features/auth/api/session';
import { createAppRouter } from './router';

/** Builds the app's long-lived objects; a 401 to a signed-in call ends the session, and the
 * sign-in page follows (./follow-session-end.tsx). */
export function createApp(history?: RouterHistory) {
  const queryClient = createQueryClient((error) => sessionEndedBy(queryClient, error));
  const router = createAppRouter(queryClient, history);
  return { queryClient, router };
}

export function App({ app }: { app: ReturnType<typeof createApp> }) {
  return (
    <Providers queryClient={app.queryClient}>
      <RouterProvider router={app.router} />
    </Providers>
  );
}
