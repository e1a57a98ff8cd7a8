import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { store } from '../../../mocks/db';
import { renderApp, signInAs, ACCOUNTS } from '../../utils/render-app';

describe('sign-in', () => {
  it('sends an unauthenticated visit to sign-in and back to the page asked for', async () => {
    const { user, router } = await renderApp('/cohorts?status=running');
    expect(
      await screen.findByRole('heading', { name: 'Pain course register', level: 1 }),
    ).toBeInTheDocument();
    await user.type(screen.getByLabelText('Email'), 'sam.patel@nhs.net');
    await user.type(screen.getByLabelText('Password'), 'demo-pain-course');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { name: 'Cohorts' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/cohorts');
    expect(router.state.location.search).toEqual({ status: 'running' });
  });

  it('shows why a wrong password failed and keeps the email typed', async () => {
    const { user } = await renderApp('/sign-in');
    await user.type(await screen.findByLabelText('Email'), 'sam.patel@nhs.net');
    await user.type(screen.getByLabelText('Password'), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('do not match an account');
    expect(screen.getByLabelText('Email')).toHaveValue('sam.patel@nhs.net');
  });

  it('one sign-in after any number of typos returns to the page asked for', async () => {
    const { user, router } = await renderApp('/flags?sort=name');
    await user.type(await screen.findByLabelText('Email'), ACCOUNTS.sam);
    for (const typo of ['demo-pain-cours', 'Demo-pain-course', 'demo pain course']) {
      await user.clear(screen.getByLabelText('Password'));
      await user.type(screen.getByLabelText('Password'), typo);
      await user.click(screen.getByRole('button', { name: 'Sign in' }));
      expect(await screen.findByRole('alert')).toHaveTextContent('do not match an account');
      // The refusal is shown in place: still one sign-in page, the address as it was.
      expect(router.state.location.href).toBe('/sign-in?redirect=%2Fflags%3Fsort%3Dname');
      expect(screen.getByLabelText('Email')).toHaveValue(ACCOUNTS.sam);
    }
    await user.clear(screen.getByLabelText('Password'));
    await user.type(screen.getByLabelText('Password'), 'demo-pain-course');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(
      await screen.findByRole('heading', { name: 'Absence flags', level: 1 }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/flags');
  });

  it('a nested or foreign redirect is never followed: the page first asked for, or home', async () => {
    const nested = `/sign-in?redirect=${encodeURIComponent('/sign-in?redirect=/staff')}`;
    const { user, router } = await renderApp(nested);
    await user.type(await screen.findByLabelText('Email'), ACCOUNTS.sam);
    await user.type(screen.getByLabelText('Password'), 'demo-pain-course');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { name: 'Staff', level: 1 })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/staff');
  });

  it('validates the form before calling the server', async () => {
    const { user } = await renderApp('/sign-in');
    await user.type(await screen.findByLabelText('Email'), 'not-an-email');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText(/Enter an email address/)).toBeInTheDocument();
    expect(screen.getByText('Enter your password')).toBeInTheDocument();
  });

  it('puts focus on the first wrong field, and errors follow the typing after a submit', async () => {
    const { user } = await renderApp('/sign-in');
    await user.type(await screen.findByLabelText('Email'), 'sam.patel@');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText(/Enter an email address/)).toBeInTheDocument();
    expect(screen.getByLabelText('Email')).toHaveFocus();
    await user.type(screen.getByLabelText('Email'), 'nhs.net');
    expect(screen.queryByText(/Enter an email address/)).not.toBeInTheDocument();
    expect(screen.getByText('Enter your password')).toBeInTheDocument();
    expect(screen.getByLabelText('Email')).toHaveValue('sam.patel@nhs.net');
  });

  it('offers one button per demo account in mock mode', async () => {
    const { user } = await renderApp('/sign-in');
    const button = await screen.findByRole('button', {
      name: 'Sign in as Priya Shah, psychology facilitator',
    });
    expect(
      screen.getByRole('button', { name: 'Sign in as Joanne Fraser, service manager' }),
    ).toBeInTheDocument();
    await user.click(button);
    expect(await screen.findByRole('heading', { name: 'Cohorts' })).toBeInTheDocument();
    expect(screen.getByText('The cohorts you facilitate')).toBeInTheDocument();
  });

  it('signing out clears cached data and returns to sign-in', async () => {
    signInAs(ACCOUNTS.sam);
    const { user, queryClient } = await renderApp('/cohorts');
    await screen.findByRole('table', { name: 'Cohorts' });
    expect(queryClient.getQueryCache().getAll().length).toBeGreaterThan(0);
    const banner = screen.getByRole('banner');
    await user.click(within(banner).getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByLabelText('Email')).toBeInTheDocument();
    await waitFor(() =>
      expect(queryClient.getQueryCache().find({ queryKey: ['cohorts', 'list'] })).toBeUndefined(),
    );
  });

  it('a temporary password signs in only after a new one is chosen', async () => {
    const tom = store.data.staff.find((s) => s.email === ACCOUNTS.tom)!;
    Object.assign(tom, { password: 'kq7m-x3pt-9fha-wz2c', mustChangePassword: true });
    const { user, router } = await renderApp('/sign-in');
    await user.type(await screen.findByLabelText('Email'), ACCOUNTS.tom);
    await user.type(screen.getByLabelText('Password'), 'kq7m-x3pt-9fha-wz2c');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    const form = await screen.findByRole('form', { name: 'Choose a new password' });
    const fresh = within(form).getByLabelText('New password');
    const again = within(form).getByLabelText('New password again');
    await user.type(fresh, 'short');
    await user.click(within(form).getByRole('button', { name: 'Save password and sign in' }));
    expect(await within(form).findByText('Use at least 12 characters')).toBeInTheDocument();
    // Long enough, but common: the server says so next to the field.
    await user.clear(fresh);
    await user.type(fresh, 'Password1234!');
    await user.type(again, 'Password1234!');
    await user.click(within(form).getByRole('button', { name: 'Save password and sign in' }));
    await waitFor(() => expect(fresh).toHaveAccessibleDescription(/too common/));
    expect(fresh).toHaveFocus();
    await user.clear(fresh);
    await user.type(fresh, 'blue kettle orchard');
    await user.clear(again);
    await user.type(again, 'blue kettle orchard');
    await user.click(within(form).getByRole('button', { name: 'Save password and sign in' }));
    expect(await screen.findByRole('heading', { name: 'Cohorts' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/cohorts');
    expect(tom).toMatchObject({ password: 'blue kettle orchard', mustChangePassword: false });
  });
});
