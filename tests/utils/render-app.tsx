import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryHistory, RouterProvider, type RouterHistory } from '@tanstack/react-router';
import { store } from '../../mocks/db';
import { Providers } from '../../src/app/providers';
import { createAppRouter } from '../../src/app/router';
import { writeToken } from '../../src/api/session-token';
import { authStore } from '../../src/features/auth/auth-store';
import { publicUser } from '../../mocks/commands';
import { createQueryClient } from '../../src/lib/query-client';
import { sessionEndedBy } from '../../src/features/auth/api/session';
import { setDemoDirectory } from '../../src/features/auth/api/demo-accounts';
import { demoDirectory } from '../../mocks/demo-directory';

// Mock mode, as src/main.tsx sets it up: the sign-in page's demo buttons read the seed.
setDemoDirectory(async () => demoDirectory());

/** Signs a seeded account in without the UI (a token in the mock store). */
export function signInAs(email: string) {
  const staff = store.data.staff.find((s) => s.email === email);
  if (!staff) throw new Error(`No seeded account ${email}`);
  const token = `test-token-${staff.id}-0123456789`;
  store.data.tokens[token] = staff.id;
  writeToken(token);
  authStore.set(publicUser(staff));
  return staff;
}

export const ACCOUNTS = {
  priya: 'priya.shah@nhs.net',
  daniel: 'daniel.osei@nhs.net',
  tom: 'tom.okafor@nhs.net',
  sam: 'sam.patel@nhs.net',
  joanne: 'joanne.fraser@nhs.net',
} as const;

/** Renders the whole app at a URL, with a fresh QueryClient (no retries: errors show at once)
 * that ends the session on a 401 as the app's own does (src/app/app.tsx). `options.history`
 * replaces the in-memory history (a browser history, to see what the page does on unload). */
export async function renderApp(url: string, options: { history?: RouterHistory } = {}) {
  const queryClient = createQueryClient((error) => sessionEndedBy(queryClient, error));
  queryClient.setDefaultOptions({
    queries: { ...queryClient.getDefaultOptions().queries, retry: false },
  });
  const history = options.history ?? createMemoryHistory({ initialEntries: [url] });
  const router = createAppRouter(queryClient, history);
  const user = userEvent.setup();
  const utils = render(
    <Providers queryClient={queryClient}>
      <RouterProvider router={router} />
    </Providers>,
  );
  await router.load();
  return { ...utils, user, router, queryClient, history, screen };
}
