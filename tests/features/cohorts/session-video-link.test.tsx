import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { store } from '../../../mocks/db';
import { todayIso } from '../../../src/domain/dates';
import { ACCOUNTS, renderApp, signInAs } from '../../utils/render-app';

// An online session still to come may have its own video link (a new meeting for one week),
// which its reminders carry: an admin sets it from the session's Change menu. A link that is not
// https:// is refused beside the field, keeping what was typed.

function onlineSessionToCome() {
  const today = todayIso();
  const online = new Set(
    store.data.cohorts
      .filter((c) => c.delivery === 'online' && c.status !== 'cancelled')
      .map((c) => c.id),
  );
  const session = store.data.sessions.find(
    (s) => online.has(s.cohortId) && s.date > today && s.status === 'scheduled' && !s.videoLink,
  );
  if (!session) throw new Error('the demo has no online session to come');
  return session;
}

describe("a session's own video link", () => {
  it('is refused unless https, then saved with the version shown and marked in the list', async () => {
    const session = onlineSessionToCome();
    signInAs(ACCOUNTS.sam);
    const { user } = await renderApp(`/cohorts/${session.cohortId}`);
    await screen.findAllByRole('button', { name: /^Actions for / }, { timeout: 5000 });
    // Open the menu (again, closing it first, if a refetch redrew it shut) until its item shows.
    const item = await waitFor(
      async () => {
        const shown = screen.queryByRole('menuitem', { name: 'Video link…' });
        if (shown) return shown;
        const button = screen.getByRole('button', { name: `Change session ${session.number}` });
        if (button.getAttribute('aria-expanded') === 'true') await user.click(button);
        await user.click(button);
        throw new Error('the menu is not open yet');
      },
      { timeout: 8000, interval: 300 },
    );
    await user.click(item);
    const dialog = await screen.findByRole('dialog', {
      name: `Video link for session ${session.number}`,
    });
    const field = within(dialog).getByRole('textbox', { name: 'Video link for this session' });
    await user.type(field, 'http://meet.example/week3');
    await user.click(within(dialog).getByRole('button', { name: 'Save video link' }));
    expect(await within(dialog).findByText('Enter an https:// video link')).toBeInTheDocument();
    expect(field).toHaveValue('http://meet.example/week3');
    await user.clear(field);
    await user.type(field, 'https://meet.example/week3');
    await user.click(within(dialog).getByRole('button', { name: 'Save video link' }));
    await waitFor(() =>
      expect(store.data.sessions.find((s) => s.id === session.id)).toMatchObject({
        videoLink: 'https://meet.example/week3',
        version: session.version + 1,
      }),
    );
    expect(await screen.findByText('Its own video link')).toBeInTheDocument();
  });
});
