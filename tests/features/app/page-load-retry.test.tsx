import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  Outlet,
  RouterProvider,
} from '@tanstack/react-router';
import { describe, expect, it, vi } from 'vitest';
import { Providers } from '../../../src/app/providers';
import { RouteError } from '../../../src/app/route-error';
import { createQueryClient } from '../../../src/lib/query-client';
import { lazyComponent } from '../../../src/lib/lazy-component';

// A page whose code cannot load (offline) says so in place and tries again
// on request; nothing reloads the page over the marks still waiting to be sent.

const chunkError = () =>
  new TypeError('Failed to fetch dynamically imported module: /assets/flags-x.js');

function appWithPage(importer: () => Promise<{ default: () => React.ReactNode }>) {
  const root = createRootRoute({ component: Outlet, errorComponent: RouteError });
  const page = createRoute({
    getParentRoute: () => root,
    path: '/flags',
    component: lazyComponent(importer),
  });
  const router = createRouter({
    routeTree: root.addChildren([page]),
    history: createMemoryHistory({ initialEntries: ['/flags'] }),
    defaultErrorComponent: RouteError,
  });
  render(
    <Providers queryClient={createQueryClient()}>
      <RouterProvider router={router} />
    </Providers>,
  );
  return router;
}

describe('a page whose code could not load', () => {
  it('offers a retry in place, tries once per request, and shows the page once it loads', async () => {
    // React reports the error the boundary caught: expected here, and only this one.
    const errors = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      if (!args.some((a) => String(a).includes('dynamically imported module')))
        throw new Error(`console.error: ${args.map(String).join(' ')}`);
    });
    let online = false;
    const importer = vi.fn(async () => {
      if (!online) throw chunkError();
      return { default: () => <h1>Absence flags</h1> };
    });
    appWithPage(importer);
    expect(
      await screen.findByRole('heading', { name: 'This page could not load' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Nothing you have entered is lost');
    expect(importer).toHaveBeenCalledTimes(1);

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(
      await screen.findByRole('heading', { name: 'This page could not load' }),
    ).toBeInTheDocument();
    expect(importer).toHaveBeenCalledTimes(2);

    online = true;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Absence flags' })).toBeInTheDocument();
    expect(importer).toHaveBeenCalledTimes(3);
    errors.mockRestore();
  });
});
