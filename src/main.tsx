import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, createApp } from './app/app';
import { startOfflineSupport } from './app/offline-support';
import { setBackendStarter } from './api/request';
import { setDemoDirectory } from './features/auth/api/demo-accounts';
import { restoreSession } from './features/auth/api/session';

async function start() {
  // Mock mode only: the guarded imports keep MSW out of a build that talks to a real API. The
  // mock server starts with the first request (setBackendStarter): with a saved session that is
  // at once, since nothing can show before the server answers; signed out it is the sign-in
  // itself, because the demo buttons need only the seeded accounts, not the server.
  if (!import.meta.env.VITE_API_BASE_URL) {
    setBackendStarter(() => import('../mocks/browser').then((m) => m.startMockWorker()));
    setDemoDirectory(() => import('../mocks/demo-directory').then((m) => m.demoDirectory()));
  }
  const app = createApp();
  // Fetch the opened page's code while the saved session is being checked, not after it.
  for (const match of app.router.matchRoutes(app.router.latestLocation)) {
    void app.router.loadRouteChunk(
      app.router.routesById[match.routeId as keyof typeof app.router.routesById],
    );
  }
  // Without a saved session this returns at once, so the sign-in page paints without waiting.
  await restoreSession();
  startOfflineSupport(app.router, app.queryClient);
  const root = createRoot(document.getElementById('root') as HTMLElement);
  // A transition lets React render the first page in slices, yielding to the browser between
  // them, instead of one long task that blocks input on a slow tablet.
  startTransition(() => {
    root.render(
      <StrictMode>
        <App app={app} />
      </StrictMode>,
    );
  });
}

void start();
