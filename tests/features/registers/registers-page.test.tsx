import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ACCOUNTS, renderApp, signInAs } from '../../utils/render-app';

describe('registers page', () => {
  it("puts a facilitator's today and overdue registers first", async () => {
    signInAs(ACCOUNTS.priya);
    await renderApp('/registers');
    const today = await screen.findByRole('region', { name: 'Today' });
    expect(
      within(today).getByRole('link', { name: 'Autumn A – online: session 5' }),
    ).toBeInTheDocument();
    const overdue = screen.getByRole('status');
    expect(overdue).toHaveTextContent(/2 registers are overdue/);
    expect(
      within(overdue).getByRole('link', { name: /Autumn B – online evenings: session \d/ }),
    ).toBeInTheDocument();
    expect(
      within(overdue).getByRole('link', { name: /Autumn D – online: session \d/ }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('region', { name: 'Autumn C – Finsbury (face to face)' }),
    ).not.toBeInTheDocument();
  });

  it('shows an admin every cohort', async () => {
    signInAs(ACCOUNTS.sam);
    await renderApp('/registers');
    expect(
      await screen.findByRole('region', { name: 'Autumn C – Finsbury (face to face)' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Summer A – online' })).toBeInTheDocument();
  });
});
