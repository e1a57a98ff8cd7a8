import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, createApp } from './app/app';
import { setBackendReady } from './api/client';
import { restoreSession } from './features/auth/api/session';

async function start() {
  // Mock mode only: the guarded import keeps MSW out of a build that talks to a real API. The
  // mock starts alongside the first render: requests wait for it (setBackendReady), the page does not.
  if (!import.meta.env.VITE_API_BASE_URL) {
    setBackendReady(import('../mocks/browser').then((m) => m.startMockWorker()));
  }
  // Without a saved session this returns at once, so the sign-in page paints without waiting.
  await restoreSession();
  const app = createApp();
  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>
      <App app={app} />
    </StrictMode>,
  );
}

void start();
