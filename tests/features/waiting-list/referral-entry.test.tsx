import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { store } from '../../../mocks/db';
import { ACCOUNTS, renderApp, signInAs } from '../../utils/render-app';

// Issue 17: the entry's page lets an admin keep it true (edit, close, reopen) and shows its
// history in words; a manager reads it.

function waitingEntry() {
  return store.data.referrals.find(
    (r) => r.status === 'waiting' && !r.availability.some((s) => s.day === 'sat'),
  )!;
}

describe('a waiting-list entry', () => {
  it('an admin edits it: a Saturday morning is added alone, and the history says what changed', async () => {
    signInAs(ACCOUNTS.sam);
    const entry = waitingEntry();
    const { user } = await renderApp(`/waiting-list/${entry.id}`);
    await user.click(await screen.findByRole('button', { name: 'Edit entry' }));
    const form = screen.getByRole('form', { name: 'Edit entry' });
    const phone = within(form).getByRole('textbox', { name: /Phone/ });
    await user.clear(phone);
    await user.type(phone, '07700 900999');
    await user.click(within(form).getByRole('checkbox', { name: 'Saturday morning' }));
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('07700 900999')).toBeInTheDocument();
    const saved = store.data.referrals.find((r) => r.id === entry.id)!;
    expect(saved.availability).toEqual([...entry.availability, { day: 'sat', time: 'morning' }]);
    expect(saved.version).toBe(entry.version + 1);
    const history = await screen.findByRole('list', { name: 'History of this entry' });
    expect(
      await within(history).findByText(/Changed phone from .* to “07700 900999”/),
    ).toBeInTheDocument();
    expect(within(history).getByText(/Sat mornings/)).toBeInTheDocument();
  });

  it('checks the fields with the server’s rules, and keeps what was typed when a colleague saved first', async () => {
    signInAs(ACCOUNTS.sam);
    const entry = waitingEntry();
    const openedAt = entry.version;
    const { user } = await renderApp(`/waiting-list/${entry.id}`);
    await user.click(await screen.findByRole('button', { name: 'Edit entry' }));
    const form = screen.getByRole('form', { name: 'Edit entry' });
    await user.clear(within(form).getByRole('textbox', { name: /Phone/ }));
    await user.clear(within(form).getByRole('textbox', { name: 'Email' }));
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(within(form).getByRole('textbox', { name: /Phone/ })).toHaveAccessibleDescription(
      /Give a phone number or an email address/,
    );
    await user.type(within(form).getByRole('textbox', { name: /Phone/ }), '07700 900111');
    // A colleague saves first.
    const stored = store.data.referrals.find((r) => r.id === entry.id)!;
    Object.assign(stored, { notes: 'Their note', version: stored.version + 1 });
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));
    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('Someone else changed this entry while you were editing');
    expect(within(form).getByRole('textbox', { name: /Phone/ })).toHaveValue('07700 900111');
    await user.click(within(alert).getByRole('button', { name: 'Save mine over theirs' }));
    expect(await screen.findByText('07700 900111')).toBeInTheDocument();
    expect(store.data.referrals.find((r) => r.id === entry.id)?.version).toBe(openedAt + 2);
  });

  it('closes with a reason from the list (Other needs a note) and reopens', async () => {
    signInAs(ACCOUNTS.sam);
    const entry = waitingEntry();
    const { user } = await renderApp(`/waiting-list/${entry.id}`);
    const form = await screen.findByRole('form', { name: 'Close the entry' });
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Reason' }), 'Other');
    await user.click(within(form).getByRole('button', { name: 'Close entry' }));
    expect(within(form).getByRole('textbox', { name: /Note/ })).toHaveAccessibleDescription(
      /Say why the entry is closed/,
    );
    await user.selectOptions(
      within(form).getByRole('combobox', { name: 'Reason' }),
      'Moved out of area',
    );
    await user.click(within(form).getByRole('button', { name: 'Close entry' }));
    const reopen = await screen.findByRole('button', { name: 'Reopen entry' });
    expect(store.data.referrals.find((r) => r.id === entry.id)?.status).toBe('closed');
    const history = () => screen.findByRole('list', { name: 'History of this entry' });
    expect(await within(await history()).findByText('Closed: Moved out of area')).toBeVisible();
    await user.click(reopen);
    expect(await screen.findByRole('form', { name: 'Close the entry' })).toBeInTheDocument();
    expect(store.data.referrals.find((r) => r.id === entry.id)?.status).toBe('waiting');
    expect(
      await within(await history()).findByText('Reopened: back on the list at the original place'),
    ).toBeVisible();
  });

  it('a manager reads the entry and its history, with nothing to change', async () => {
    signInAs(ACCOUNTS.joanne);
    const entry = waitingEntry();
    await renderApp(`/waiting-list/${entry.id}`);
    expect(
      await screen.findByRole('heading', { name: `${entry.givenName} ${entry.familyName}` }),
    ).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'History' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit entry' })).toBeNull();
    expect(screen.queryByRole('form', { name: 'Close the entry' })).toBeNull();
  });
});
