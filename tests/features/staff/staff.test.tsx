import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { store } from '../../../mocks/db';
import { ACCOUNTS, renderApp, signInAs } from '../../utils/render-app';

const account = (email: string) => store.data.staff.find((s) => s.email === email)!;
const row = (name: string | RegExp) =>
  within(screen.getByRole('table', { name: 'Staff' })).getByRole('row', { name });

describe('the staff page (admins manage, managers read)', () => {
  it('an admin adds a member of staff; an email already used stays on the email field', async () => {
    signInAs(ACCOUNTS.sam);
    const { user } = await renderApp('/cohorts');
    await user.click(await screen.findByRole('link', { name: 'Staff' }));
    expect(await screen.findByRole('heading', { name: 'Staff', level: 1 })).toBeInTheDocument();
    await screen.findByRole('table', { name: 'Staff' });
    expect(row(/Priya Shah/)).toHaveTextContent('Facilitator (Psychology)');

    await user.click(screen.getByRole('button', { name: 'Add member of staff' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a member of staff' });
    await user.type(within(dialog).getByLabelText('Name'), 'Ada Okoye');
    await user.type(within(dialog).getByRole('textbox', { name: 'Email' }), 'PRIYA.SHAH@nhs.net');
    await user.click(within(dialog).getByRole('button', { name: 'Add member of staff' }));
    // A facilitator needs a discipline: the shared schema says so before the server is asked.
    expect(await within(dialog).findByText("Choose the facilitator's discipline")).toBeVisible();
    await user.selectOptions(within(dialog).getByLabelText('Discipline'), 'Physiotherapy');
    await user.click(within(dialog).getByRole('button', { name: 'Add member of staff' }));
    const email = within(dialog).getByRole('textbox', { name: 'Email' });
    await waitFor(() => expect(email).toHaveAccessibleDescription(/already uses this email/));
    expect(email).toHaveValue('PRIYA.SHAH@nhs.net');
    expect(within(dialog).getByLabelText('Name')).toHaveValue('Ada Okoye');

    await user.clear(email);
    await user.type(email, 'ada.okoye@nhs.net');
    await user.click(within(dialog).getByRole('button', { name: 'Add member of staff' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Added Ada Okoye');
    expect(await screen.findByRole('row', { name: /Ada Okoye/ })).toHaveTextContent(
      'Facilitator (Physiotherapy)',
    );
    expect(store.data.audit.some((e) => e.action === 'staff.create')).toBe(true);
  });

  it('deactivates with a reason: their sessions end and their cohorts are listed to reassign', async () => {
    signInAs(ACCOUNTS.sam);
    const priya = account(ACCOUNTS.priya);
    store.data.tokens['priya-session-token-000000'] = priya.id;
    const { user } = await renderApp('/staff');
    await user.click(await screen.findByRole('button', { name: 'Deactivate Priya Shah' }));
    const dialog = await screen.findByRole('dialog', { name: 'Deactivate Priya Shah' });
    expect(dialog).toHaveTextContent('They still facilitate these cohorts');
    await user.click(within(dialog).getByRole('button', { name: 'Deactivate' }));
    expect(await within(dialog).findByText('Reason is required')).toBeVisible();
    await user.type(within(dialog).getByLabelText(/^Reason/), 'Left the service');
    await user.click(within(dialog).getByRole('button', { name: 'Deactivate' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());

    expect(Object.values(store.data.tokens)).not.toContain(priya.id);
    const reassign = await screen.findByRole('alert', { name: 'Cohorts to reassign' });
    expect(reassign).toHaveTextContent('Priya Shah (deactivated) still facilitates');
    expect(within(reassign).getAllByRole('link').length).toBeGreaterThan(0);
    await user.selectOptions(screen.getByLabelText('Show'), 'Deactivated');
    expect(row(/Priya Shah/)).toHaveTextContent('Left the service');
  });

  it('the last active admin is refused with the message in the dialog, the reason kept', async () => {
    signInAs(ACCOUNTS.sam);
    Object.assign(account('leah.brennan@nhs.net'), {
      active: false,
      deactivationReason: 'On leave',
    });
    const { user } = await renderApp('/staff');
    await user.click(await screen.findByRole('button', { name: 'Deactivate Sam Patel' }));
    const dialog = await screen.findByRole('dialog', { name: 'Deactivate Sam Patel' });
    await user.type(within(dialog).getByLabelText(/^Reason/), 'Moving on');
    await user.click(within(dialog).getByRole('button', { name: 'Deactivate' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Sam Patel is the last active admin',
    );
    expect(within(dialog).getByLabelText(/^Reason/)).toHaveValue('Moving on');
    expect(account(ACCOUNTS.sam).active).toBe(true);
  });

  it('an edit over a colleague’s save shows what they saved and keeps the input', async () => {
    signInAs(ACCOUNTS.sam);
    const { user } = await renderApp('/staff');
    await user.click(await screen.findByRole('button', { name: 'Edit Tom Okafor' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Tom Okafor' });
    Object.assign(account(ACCOUNTS.tom), { name: 'Tom Okafor-Reid', version: 2 });
    const name = within(dialog).getByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'Thomas Okafor');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    const notice = await within(dialog).findByRole('alert');
    expect(notice).toHaveTextContent('A colleague saved this account while you were editing');
    const row = within(within(notice).getByRole('table')).getByRole('row', { name: /Name/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Tom Okafor-Reid', 'Thomas Okafor']);
    expect(name).toHaveValue('Thomas Okafor');
    await user.click(within(notice).getByRole('button', { name: 'Save mine over theirs' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(account(ACCOUNTS.tom)).toMatchObject({ name: 'Thomas Okafor', version: 3 });
  });

  it('412, then "Load their version", then Save: saved on their version', async () => {
    signInAs(ACCOUNTS.sam);
    const { user } = await renderApp('/staff');
    await user.click(await screen.findByRole('button', { name: 'Edit Tom Okafor' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Tom Okafor' });
    const { version } = account(ACCOUNTS.tom);
    Object.assign(account(ACCOUNTS.tom), { name: 'Tom Okafor-Reid', version: version + 1 });
    const name = within(dialog).getByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'Thomas Okafor');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    const notice = await within(dialog).findByRole('alert');
    await user.click(within(notice).getByRole('button', { name: 'Load their version' }));
    expect(name).toHaveValue('Tom Okafor-Reid');
    await user.type(name, ' (Tom)');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(account(ACCOUNTS.tom)).toMatchObject({
      name: 'Tom Okafor-Reid (Tom)',
      version: version + 2,
    });
  });

  it('a temporary password is shown once', async () => {
    signInAs(ACCOUNTS.sam);
    const { user } = await renderApp('/staff');
    await user.click(
      await screen.findByRole('button', { name: 'Temporary password for Tom Okafor' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Temporary password for Tom Okafor' });
    await user.click(within(dialog).getByRole('button', { name: 'Set temporary password' }));
    const shown = await within(dialog).findByRole('textbox', { name: 'Temporary password' });
    expect(shown).toHaveValue(account(ACCOUNTS.tom).password);
    expect(account(ACCOUNTS.tom).mustChangePassword).toBe(true);
    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Temporary password for Tom Okafor' }));
    expect(
      within(await screen.findByRole('dialog')).queryByRole('textbox', {
        name: 'Temporary password',
      }),
    ).not.toBeInTheDocument();
  });

  it('a manager reads the list without actions; a facilitator has no staff page', async () => {
    signInAs(ACCOUNTS.joanne);
    const { unmount } = await renderApp('/staff');
    expect(await screen.findByRole('table', { name: 'Staff' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add member of staff' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Edit / })).not.toBeInTheDocument();
    unmount();

    signInAs(ACCOUNTS.priya);
    const page = await renderApp('/staff');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    page.unmount();
    await renderApp('/cohorts');
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Cohorts' })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Staff' })).not.toBeInTheDocument();
  });

  it('a deactivated facilitator is not offered for a new cohort', async () => {
    signInAs(ACCOUNTS.sam);
    Object.assign(account(ACCOUNTS.daniel), { active: false, deactivationReason: 'Left' });
    await renderApp('/cohorts/new');
    expect(
      await screen.findByRole('checkbox', { name: 'Priya Shah (psychology)' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: /Daniel Osei/ })).not.toBeInTheDocument();
  });
});
