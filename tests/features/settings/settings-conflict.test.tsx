import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { store } from '../../../mocks/db';
import { ACCOUNTS, renderApp, signInAs } from '../../utils/render-app';

// Two admins change the service settings at once: the later save is refused (412) and shows
// the one conflict notice (who, what differs); either choice then saves, never stale again.

async function openSettings() {
  signInAs(ACCOUNTS.sam);
  const app = await renderApp('/settings');
  const absences = await screen.findByRole('textbox', { name: 'Absences allowed' });
  return { ...app, absences };
}

/** Another admin's save, straight into the server's records. */
function colleagueSaves() {
  Object.assign(store.data.settings, {
    lateJoinCutoffSession: 4,
    version: store.data.settings.version + 1,
  });
  return store.data.settings.version;
}

describe('settings a colleague saved meanwhile', () => {
  it('412, then "Load their version", then Save: saved on their version', async () => {
    const { user, absences } = await openSettings();
    await user.clear(absences);
    await user.type(absences, '3');
    const theirs = colleagueSaves();
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('A colleague saved these settings while you were editing');
    expect(alert).toHaveFocus();
    const table = within(alert).getByRole('table', { name: 'Where theirs and yours differ' });
    const row = (name: RegExp) =>
      within(within(table).getByRole('row', { name }))
        .getAllByRole('cell')
        .map((c) => c.textContent);
    expect(row(/Late joining/)).toEqual(['4', '3']);
    expect(row(/Absences allowed/)).toEqual(['2', '3']);
    expect(absences).toHaveValue('3');

    await user.click(within(alert).getByRole('button', { name: 'Load their version' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(absences).toHaveValue('2');
    expect(screen.getByRole('textbox', { name: 'Late joining closes at session' })).toHaveValue(
      '4',
    );
    await user.clear(absences);
    await user.type(absences, '3');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Saved. Every flag has been re-evaluated.');
    expect(store.data.settings).toMatchObject({
      absenceThreshold: 3,
      lateJoinCutoffSession: 4,
      version: theirs + 1,
    });
  });

  it('"Save mine over theirs" saves what was typed, then a second save stands on it', async () => {
    const { user, absences } = await openSettings();
    await user.clear(absences);
    await user.type(absences, '3');
    const theirs = colleagueSaves();
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    const alert = await screen.findByRole('alert');
    await user.click(within(alert).getByRole('button', { name: 'Save mine over theirs' }));
    await screen.findByText('Saved. Every flag has been re-evaluated.');
    expect(store.data.settings).toMatchObject({ absenceThreshold: 3, version: theirs + 1 });
    await user.clear(absences);
    await user.type(absences, '4');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(store.data.settings.absenceThreshold).toBe(4));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
