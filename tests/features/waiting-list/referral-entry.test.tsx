import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { store } from '../../../mocks/db';
import { ACCOUNTS, renderApp, signInAs } from '../../utils/render-app';

// The entry's page lets an admin keep it true (edit, close, reopen) and shows its
// history in words; a manager reads it.

function waitingEntry() {
  return store.data.referrals.find(
    (r) => r.status === 'waiting' && !r.availability.some((s) => s.day === 'sat'),
  )!;
}

// The page and its sections load lazily: transformed once here, so a busy machine's first
// compile is not counted against the first test's wait for the page.
beforeAll(
  () =>
    Promise.all([
      import('../../../src/app/routes/referral'),
      import('../../../src/app/routes/referral-sections'),
    ]),
  60_000,
);

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

  it('an admin records how the person wants to hear from us: letters only, no reminders', async () => {
    signInAs(ACCOUNTS.sam);
    const entry = waitingEntry();
    const { user } = await renderApp(`/waiting-list/${entry.id}`);
    await user.click(await screen.findByRole('button', { name: 'Edit entry' }));
    const form = screen.getByRole('form', { name: 'Edit entry' });
    const how = within(form).getByRole('radiogroup', { name: /How they want to hear from us/ });
    expect(within(how).getByRole('radio', { name: 'Text message' })).toBeChecked();
    await user.click(within(how).getByRole('radio', { name: 'Letter only' }));
    await user.click(within(form).getByRole('checkbox', { name: /Agrees to reminders/ }));
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('No (opted out)')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Edit entry' })).not.toBeInTheDocument();
    expect(screen.getByText('Letter only')).toBeInTheDocument();
    const person = store.data.participants.find((p) => p.id === entry.participantId)!;
    expect(person).toMatchObject({ contactChannel: 'letter', remindersConsent: false });
    const history = await screen.findByRole('list', { name: 'History of this entry' });
    expect(
      await within(history).findByText(/how to contact them from Text message to Letter only/),
    ).toBeInTheDocument();
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
    expect(alert).toHaveTextContent('A colleague saved this entry while you were editing');
    expect(alert).toHaveFocus();
    const notes = within(within(alert).getByRole('table')).getByRole('row', { name: /Notes/ });
    expect(
      within(notes)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Their note', 'none']);
    expect(within(form).getByRole('textbox', { name: /Phone/ })).toHaveValue('07700 900111');
    await user.click(within(alert).getByRole('button', { name: 'Save mine over theirs' }));
    expect(await screen.findByText('07700 900111')).toBeInTheDocument();
    expect(store.data.referrals.find((r) => r.id === entry.id)?.version).toBe(openedAt + 2);
  });

  it('412, then "Load their version", then Save: saved on their version, never stale again', async () => {
    signInAs(ACCOUNTS.sam);
    const entry = waitingEntry();
    const openedAt = entry.version;
    const { user } = await renderApp(`/waiting-list/${entry.id}`);
    await user.click(await screen.findByRole('button', { name: 'Edit entry' }));
    const form = screen.getByRole('form', { name: 'Edit entry' });
    await user.type(within(form).getByRole('textbox', { name: 'Access needs' }), ' Step-free');
    const stored = store.data.referrals.find((r) => r.id === entry.id)!;
    Object.assign(stored, { notes: 'Their note', version: stored.version + 1 });
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));
    const alert = await within(form).findByRole('alert');
    await user.click(within(alert).getByRole('button', { name: 'Load their version' }));
    expect(within(form).queryByRole('alert')).not.toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: 'Notes' })).toHaveValue('Their note');
    await user.type(within(form).getByRole('textbox', { name: 'Notes' }), ', and mine');
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Edit entry' })).toBeNull());
    expect(store.data.referrals.find((r) => r.id === entry.id)).toMatchObject({
      notes: 'Their note, and mine',
      version: openedAt + 2,
    });
  });

  it('closes with a reason from the list after confirming (Other needs a note) and reopens', async () => {
    signInAs(ACCOUNTS.sam);
    const entry = waitingEntry();
    const { user } = await renderApp(`/waiting-list/${entry.id}`);
    await user.click(await screen.findByRole('button', { name: 'Close entry…' }));
    const dialog = await screen.findByRole('dialog', { name: /Close the entry for/ });
    // Nothing is closed until the dialog's own button is pressed.
    expect(store.data.referrals.find((r) => r.id === entry.id)?.status).toBe('waiting');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Reason' }), 'Other');
    await user.click(within(dialog).getByRole('button', { name: 'Close entry' }));
    expect(within(dialog).getByRole('textbox', { name: /Note/ })).toHaveAccessibleDescription(
      /Say why the entry is closed/,
    );
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Reason' }),
      'Moved out of area',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Close entry' }));
    const reopen = await screen.findByRole('button', { name: 'Reopen entry' });
    expect(store.data.referrals.find((r) => r.id === entry.id)?.status).toBe('closed');
    const history = () => screen.findByRole('list', { name: 'History of this entry' });
    expect(await within(await history()).findByText('Closed: Moved out of area')).toBeVisible();
    await user.click(reopen);
    expect(await screen.findByRole('button', { name: 'Close entry…' })).toBeInTheDocument();
    expect(store.data.referrals.find((r) => r.id === entry.id)?.status).toBe('waiting');
    expect(
      await within(await history()).findByText('Reopened: back on the list at the original place'),
    ).toBeVisible();
  });

  it('a close that a colleague overtook (412) offers to load the current version', async () => {
    signInAs(ACCOUNTS.sam);
    const entry = waitingEntry();
    const { user } = await renderApp(`/waiting-list/${entry.id}`);
    await user.click(await screen.findByRole('button', { name: 'Close entry…' }));
    const dialog = await screen.findByRole('dialog', { name: /Close the entry for/ });
    const stored = store.data.referrals.find((r) => r.id === entry.id)!;
    Object.assign(stored, { notes: 'Changed by a colleague', version: stored.version + 1 });
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Reason' }),
      'Discharged',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Close entry' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('The entry was not closed');
    // What was chosen stays.
    expect(within(dialog).getByRole('combobox', { name: 'Reason' })).toHaveValue('discharged');
    await user.click(within(alert).getByRole('button', { name: 'Load the current version' }));
    expect(await screen.findByText('Changed by a colleague')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Close entry' }));
    expect(await screen.findByRole('button', { name: 'Reopen entry' })).toBeInTheDocument();
    expect(store.data.referrals.find((r) => r.id === entry.id)?.closure?.reason).toBe('discharged');
  });

  it('logs contact attempts newest first; after three failed ones it suggests "not contactable", which only opens the dialog', async () => {
    signInAs(ACCOUNTS.sam);
    const entry = waitingEntry();
    const { user } = await renderApp(`/waiting-list/${entry.id}`);
    const form = await screen.findByRole('form', { name: 'Log a contact attempt' });
    // The shared schema: how and what happened are needed, and "other" needs words.
    await user.click(within(form).getByRole('button', { name: 'Log attempt' }));
    expect(within(form).getByRole('combobox', { name: 'How' })).toHaveAccessibleDescription(
      /Choose how you tried to reach them/,
    );
    const log = async (how: string, outcome: string) => {
      await user.selectOptions(within(form).getByRole('combobox', { name: 'How' }), how);
      await user.selectOptions(within(form).getByRole('combobox', { name: 'Outcome' }), outcome);
      await user.click(within(form).getByRole('button', { name: 'Log attempt' }));
      expect(await within(form).findByText('Attempt logged.')).toHaveAttribute('role', 'status');
    };
    await log('Phone', 'No answer');
    await log('SMS', 'Left message');
    expect(screen.queryByText('Not contactable?')).toBeNull();
    await user.selectOptions(within(form).getByRole('combobox', { name: 'How' }), 'Phone');
    await user.selectOptions(
      within(form).getByRole('combobox', { name: 'Outcome' }),
      'Wrong number',
    );
    await user.type(within(form).getByRole('textbox', { name: /Note/ }), 'Number not recognised');
    await user.click(within(form).getByRole('button', { name: 'Log attempt' }));
    const list = await screen.findByRole('list', { name: 'Contact attempts, newest first' });
    await within(list).findByText(/Phone: Wrong number \(Number not recognised\)/);
    const items = within(list)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toHaveLength(3);
    expect(items[0]).toMatch(/Sam Patel:.*Wrong number/);
    expect(items[2]).toMatch(/Phone: No answer/);
    expect(store.data.contactAttempts.filter((c) => c.referralId === entry.id)).toHaveLength(3);
    expect(await screen.findByText('Not contactable?')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Close as not contactable…' }));
    const dialog = await screen.findByRole('dialog', { name: /Close the entry for/ });
    expect(within(dialog).getByRole('combobox', { name: 'Reason' })).toHaveValue('not_contactable');
    // Never closed by itself: cancelling leaves the entry on the list.
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(store.data.referrals.find((r) => r.id === entry.id)?.status).toBe('waiting');
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
    expect(screen.queryByRole('button', { name: 'Close entry…' })).toBeNull();
    expect(screen.queryByRole('form', { name: 'Log a contact attempt' })).toBeNull();
    expect(await screen.findByText('No attempts logged yet.')).toBeInTheDocument();
  });
});
