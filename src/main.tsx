import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, createApp } from './app/app';
import { setBackendStarter } from './api/client';
import { restoreSession } from './features/auth/api/session';

async function start() {
  // Mock mode only: the guarded import keeps MSW out of a build that talks to a real API. The
  // mock starts with the first request (setBackendStarter), once the next frame has painted,
  // so its code never holds up the page's own; requests wait for it, the page does not.
  if (!import.meta.env.VITE_API_BASE_URL) {
    const afterNextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    setBackendStarter(() => afterNextPaint().then(() => import('../mocks/browser')).then((m) => m.startMockWorker()));
  }
  const app = createApp();
  // Fetch the opened page's code while the saved session is being checked, not after it.
  for (const match of app.router.matchRoutes(app.router.latestLocation)) {
    void app.router.loadRouteChunk(app.router.routesById[match.routeId as keyof typeof app.router.routesById]);
  }
  // Without a saved session this returns at once, so the sign-in page paints without waiting.
  await restoreSession();
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
