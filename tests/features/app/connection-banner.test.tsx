import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ACCOUNTS, renderApp, signInAs } from '../../utils/render-app';
import { setOnline } from '../../utils/connection';

// A lost connection is said on every page, politely, and so is its return.

afterEach(() => setOnline(true));

describe('the connection banner', () => {
  it('says so on the sign-in page when the connection drops, and when it is back', async () => {
    await renderApp('/sign-in');
    await screen.findByRole('heading', { name: 'Pain course register', level: 1 });
    // The demo accounts (mock mode) load after the page, with a status of their own meanwhile.
    await screen.findByRole('button', { name: /^Sign in as Priya Shah/ });
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    setOnline(false);
    const banner = screen.getByRole('status');
    expect(banner).toHaveTextContent('You are offline');
    expect(banner.closest('[aria-live="polite"]')).not.toBeNull();
    setOnline(true);
    expect(screen.getByRole('status')).toHaveTextContent('Back online.');
  });

  it('shows on a page behind sign-in too', async () => {
    signInAs(ACCOUNTS.sam);
    await renderApp('/cohorts');
    await screen.findByRole('heading', { name: 'Cohorts', level: 1 });
    setOnline(false);
    expect(
      within(document.body).getByText(/^You are offline\. Marks and notes you make are kept/),
    ).toHaveAttribute('role', 'status');
  });
});
