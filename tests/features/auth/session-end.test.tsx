import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { store } from '../../../mocks/db';
import { endMockSessions } from '../../../mocks/endpoint-access';
import { ACCOUNTS, renderApp, signInAs } from '../../utils/render-app';

// A session that ends elsewhere leaves this screen: patient data off the page and out of the
// query cache, the sign-in page saying why, and back to the same page after signing in.

/** Every cached answer but the sign-in page's own (the demo accounts, in mock mode). */
const cachedKeys = (queryClient: QueryClient) =>
  queryClient
    .getQueryCache()
    .getAll()
    .map((q) => q.queryKey)
    .filter((key) => key[0] !== 'demo');

/** What the app's session check does when a hidden tab is shown again: ask at once. */
const showTab = () => fireEvent(document, new Event('visibilitychange'));

describe('a session ended elsewhere', () => {
  it('"Sign out everywhere" on another device: this page leaves at its next check and says why', async () => {
    const sam = signInAs(ACCOUNTS.sam);
    const { user, router, queryClient } = await renderApp('/staff');
    const table = await screen.findByRole('table', { name: 'Staff' });
    expect(within(table).getAllByRole('row').length).toBeGreaterThan(1);

    endMockSessions(sam.id, 'signed_out_everywhere');
    showTab();

    expect(
      await screen.findByText('Signed out everywhere', {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(cachedKeys(queryClient)).toEqual([]);
    expect(router.state.location.pathname).toBe('/sign-in');

    await user.type(screen.getByLabelText('Email'), ACCOUNTS.sam);
    await user.type(screen.getByLabelText('Password'), 'demo-pain-course');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { name: 'Staff', level: 1 })).toBeInTheDocument();
  });

  it('an account switched off: the next call gets a 401 and the page says so, never blank', async () => {
    const tom = signInAs(ACCOUNTS.tom);
    const { user, router, queryClient } = await renderApp('/cohorts');
    await screen.findByRole('table', { name: 'Cohorts' });
    store.data.staff.find((s) => s.id === tom.id)!.active = false;

    // An action in the middle of the page: the first cohort's page asks the server.
    await user.click(
      within(screen.getByRole('table', { name: 'Cohorts' })).getAllByRole('link')[0]!,
    );

    expect(
      await screen.findByText('Your account has been switched off', {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Email')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    await waitFor(() => expect(cachedKeys(queryClient)).toEqual([]));
  });

  it("the sign-in page gives the true reason: the service's idle minutes, another tab", async () => {
    const idle = await renderApp('/sign-in?reason=idle&minutes=5&redirect=%2Fcohorts');
    expect(
      await screen.findByText(/signed out after 5 minutes without activity/),
    ).toBeInTheDocument();
    idle.unmount();
    await renderApp('/sign-in?reason=other_tab');
    expect(await screen.findByText('Signed out in another tab')).toBeInTheDocument();
    expect(screen.queryByText(/without activity/)).not.toBeInTheDocument();
  });

  it('"Sign out everywhere" here: the sign-in page says so, and the cache is empty', async () => {
    signInAs(ACCOUNTS.sam);
    const { user, router, queryClient } = await renderApp('/staff');
    await screen.findByRole('table', { name: 'Staff' });
    const banner = screen.getByRole('banner');
    await user.click(within(banner).getByRole('button', { name: 'Sign out everywhere' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sign out everywhere?' });
    await user.click(within(dialog).getByRole('button', { name: 'Sign out everywhere' }));
    expect(await screen.findByText('Signed out everywhere')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(cachedKeys(queryClient)).toEqual([]);
  });
});
