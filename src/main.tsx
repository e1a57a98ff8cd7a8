import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, createApp } from './app/app';
import { setBackendStarter } from './api/client';
import { readToken } from './api/session-token';
import { restoreSession } from './features/auth/api/session';

/** Resolves once the page has painted content, or after half a second (a background tab never paints). */
function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    let observer: PerformanceObserver | undefined;
    const done = () => {
      observer?.disconnect();
      clearTimeout(timer);
      setTimeout(resolve, 0);
    };
    const timer = setTimeout(done, 500);
    try {
      observer = new PerformanceObserver((list) => {
        if (list.getEntriesByName('first-contentful-paint').length > 0) done();
      });
      observer.observe({ type: 'paint', buffered: true });
    } catch {
      // No Paint Timing here: the timer decides.
    }
  });
}

async function start() {
  // Mock mode only: the guarded import keeps MSW out of a build that talks to a real API. The
  // mock starts with the first request (setBackendStarter). Signed out, the sign-in page paints
  // first, so the mock's code never holds it up; with a saved session nothing can show before
  // the server answers, so it starts at once.
  if (!import.meta.env.VITE_API_BASE_URL) {
    const ready = readToken() ? Promise.resolve() : afterFirstPaint();
    setBackendStarter(() => ready.then(() => import('../mocks/browser')).then((m) => m.startMockWorker()));
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
