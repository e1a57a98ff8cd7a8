import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { store } from '../../../mocks/db';
import { server } from '../../../mocks/node';
import { todayIso } from '../../../src/domain/dates';
import { ACCOUNTS, renderApp, signInAs } from '../../utils/render-app';

// The cancel dialog offers a message to the whole group; ticked, the request asks the server
// to send it (the server sends it by GOV.UK Notify after the cancellation commits; the mock
// sends nothing). Left unticked, it asks for none.

function sessionToCome() {
  const today = todayIso();
  const cohorts = new Map(store.data.cohorts.map((c) => [c.id, c]));
  const session = store.data.sessions.find(
    (s) =>
      s.date > today &&
      s.status === 'scheduled' &&
      !s.registerFinalisedAt &&
      cohorts.get(s.cohortId)?.status !== 'cancelled' &&
      store.data.enrolments.some((e) => e.cohortId === s.cohortId && e.status === 'active'),
  );
  if (!session) throw new Error('the demo has no session to come');
  return session;
}

describe('cancelling a session, with a message to the group', () => {
  it('sends the choice with the cancellation, unticked unless the admin ticks it', async () => {
    const session = sessionToCome();
    const bodies: unknown[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.url.endsWith(`/api/sessions/${session.id}/cancel`))
        void request
          .clone()
          .json()
          .then((b: unknown) => bodies.push(b));
    });
    try {
      signInAs(ACCOUNTS.sam);
      const { user } = await renderApp(`/cohorts/${session.cohortId}`);
      // The page is whole once its people are listed: a menu opened before may be redrawn shut.
      await screen.findAllByRole('button', { name: /^Actions for / }, { timeout: 5000 });
      // The menu opens with a transition, and a refetch of the page may redraw it shut on a
      // loaded machine: open it (again) until its item shows.
      const change = `Change session ${session.number}`;
      const item = await waitFor(
        async () => {
          const button = screen.getByRole('button', { name: change });
          if (button.getAttribute('aria-expanded') !== 'true') await user.click(button);
          return screen.getByRole('menuitem', { name: 'Cancel (by the service)…' });
        },
        { timeout: 8000 },
      );
      await user.click(item);
      const dialog = await screen.findByRole('dialog', {
        name: `Cancel session ${session.number}`,
      });
      const box = within(dialog).getByRole('checkbox', {
        name: 'Send a message to everyone in the group',
      });
      expect(box).not.toBeChecked();
      await user.type(within(dialog).getByRole('textbox', { name: 'Reason' }), 'Room flooded');
      await user.click(box);
      await user.click(within(dialog).getByRole('button', { name: 'Cancel session' }));
      await waitFor(() =>
        expect(store.data.sessions.find((s) => s.id === session.id)?.status).toBe(
          'cancelled_by_provider',
        ),
      );
      expect(bodies).toEqual([{ reason: 'Room flooded', messageGroup: true }]);
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    } finally {
      server.events.removeAllListeners();
    }
  }, 30_000);
});
