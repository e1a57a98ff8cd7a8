import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider, type RouterHistory } from '@tanstack/react-router';
import { createQueryClient } from '../lib/query-client';
import { sessionEndedBy } from '../features/auth/api/session';
import { createAppRouter } from './router';
import { preloadMantine } from './with-mantine';

/** Builds the app's long-lived objects; a 401 to a signed-in call ends the session, and the
 * sign-in page follows (./follow-session-end.tsx). */
export function createApp(history?: RouterHistory) {
  const queryClient = createQueryClient((error) => sessionEndedBy(queryClient, error));
  const router = createAppRouter(queryClient, history);
  // Every page but the sign-in page is drawn inside Mantine (./root-layout.tsx): its code
  // loads alongside the page's own, not after it.
  if (router.latestLocation.pathname !== '/sign-in') preloadMantine();
  return { queryClient, router };
}

/** Mantine is not here: ./root-layout.tsx brings it for the pages that use it. */
export function App({ app }: { app: ReturnType<typeof createApp> }) {
  return (
    <QueryClientProvider client={app.queryClient}>
      <RouterProvider router={app.router} />
    </QueryClientProvider>
  );
}
