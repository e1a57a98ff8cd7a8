import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, createApp } from './app/app';
import { restoreSession } from './features/auth/api/session';

async function start() {
  // Mock mode only: the guarded import keeps MSW out of a build that talks to a real API.
  if (!import.meta.env.VITE_API_BASE_URL) {
    const { startMockWorker } = await import('../mocks/browser');
    await startMockWorker();
  }
  await restoreSession();
  const app = createApp();
  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>
      <App app={app} />
    </StrictMode>,
  );
}

void start();
