import { screen, waitFor, within } from '@testing-library/react';
import { createBrowserHistory, type RouterHistory } from '@tanstack/react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { store } from '../../../mocks/db';
import { ACCOUNTS, renderApp, signInAs } from '../../utils/render-app';

// A form's typed values live only in the page until saved (no drafts in browser storage:
// docs/decisions/0018). So a reload or a closed tab with unsaved changes is asked about by the
// browser (the page cancels `beforeunload`), and a link in the app asks in words; a form
// with nothing changed, or just saved, asks nothing.

// The entry's page loads lazily: transformed once here, so a busy machine's first compile is
// not counted against the first test's wait.
beforeAll(
  () =>
    Promise.all([
      import('../../../src/app/routes/referral'),
      import('../../../src/app/routes/referral-sections'),
    ]),
  60_000,
);

let history: RouterHistory | null = null;
afterEach(() => {
  history?.destroy();
  history = null;
  vi.restoreAllMocks();
});

/** The app on a real browser history, where the page hears `beforeunload`. */
async function open(url: string) {
  signInAs(ACCOUNTS.sam);
  window.history.replaceState(null, '', url);
  history = createBrowserHistory();
  return renderApp(url, { history });
}

/** What a reload or a closed tab does now: true when the browser would ask first. */
function reloadAsks(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

const navLink = (name: string) =>
  within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name });

const waitingEntry = () => store.data.referrals.find((r) => r.status === 'waiting')!;

describe('leaving a form with unsaved changes', () => {
  it('the waiting-list entry: asked on reload and in the app; staying keeps what was typed', async () => {
    const entry = waitingEntry();
    const { user } = await open(`/waiting-list/${entry.id}`);
    await user.click(await screen.findByRole('button', { name: 'Edit entry' }));
    const form = screen.getByRole('form', { name: 'Edit entry' });
    expect(reloadAsks()).toBe(false);
    const phone = within(form).getByRole('textbox', { name: /Phone/ });
    await user.clear(phone);
    await user.type(phone, '07700 900222');
    expect(reloadAsks()).toBe(true);

    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    await user.click(navLink('Waiting list'));
    expect(confirm).toHaveBeenCalledWith('Your changes to this entry are not saved. Leave anyway?');
    expect(within(form).getByRole('textbox', { name: /Phone/ })).toHaveValue('07700 900222');
    expect(window.location.pathname).toBe(`/waiting-list/${entry.id}`);

    confirm.mockReturnValue(true);
    await user.click(navLink('Waiting list'));
    expect(await screen.findByRole('heading', { name: 'Waiting list', level: 1 })).toBeVisible();
    expect(reloadAsks()).toBe(false);
  });

  it('the waiting-list entry, saved: nothing is asked', async () => {
    const entry = waitingEntry();
    const { user } = await open(`/waiting-list/${entry.id}`);
    await user.click(await screen.findByRole('button', { name: 'Edit entry' }));
    const form = screen.getByRole('form', { name: 'Edit entry' });
    const phone = within(form).getByRole('textbox', { name: /Phone/ });
    await user.clear(phone);
    await user.type(phone, '07700 900333');
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('07700 900333')).toBeInTheDocument();
    expect(reloadAsks()).toBe(false);
  });

  it('a new cohort and a new referral ask; a saved referral opens its entry without asking', async () => {
    const confirm = vi.spyOn(window, 'confirm');
    const { user, unmount } = await open('/cohorts/new');
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'Spring C');
    expect(reloadAsks()).toBe(true);
    unmount();
    history?.destroy();

    const app = await open('/waiting-list/new');
    await app.user.selectOptions(
      await screen.findByRole('combobox', { name: /Borough/ }),
      'Islington',
    );
    await app.user.type(await screen.findByRole('textbox', { name: 'Given name' }), 'Ada');
    expect(reloadAsks()).toBe(true);
    await app.user.type(screen.getByRole('textbox', { name: 'Family name' }), 'Lovelace');
    await app.user.type(screen.getByRole('textbox', { name: /NHS number/ }), '943 476 5919');
    await app.user.type(screen.getByLabelText('Date of birth'), '1970-01-01');
    await app.user.type(screen.getByRole('textbox', { name: 'GP practice' }), 'Archway');
    await app.user.type(screen.getByRole('textbox', { name: 'Email' }), 'ada@example.com');
    await app.user.click(screen.getByRole('checkbox', { name: 'Tuesday morning' }));
    await app.user.click(screen.getByRole('button', { name: 'Add to waiting list' }));
    expect(await screen.findByRole('heading', { name: 'Ada Lovelace' })).toBeInTheDocument();
    expect(confirm).not.toHaveBeenCalled();
    expect(reloadAsks()).toBe(false);
  });

  it('a borough the course is not for leaves only signposting: leaving does not ask', async () => {
    const confirm = vi.spyOn(window, 'confirm');
    const { user } = await open('/waiting-list/new');
    await user.selectOptions(await screen.findByRole('combobox', { name: /Borough/ }), 'Camden');
    expect(await screen.findByRole('alert')).toHaveTextContent('Not eligible for this course');
    expect(reloadAsks()).toBe(false);
    expect(confirm).not.toHaveBeenCalled();
  });

  it('the staff edit dialog asks while it holds a change', async () => {
    const { user } = await open('/staff');
    await user.click(await screen.findByRole('button', { name: 'Edit Tom Okafor' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Tom Okafor' });
    expect(reloadAsks()).toBe(false);
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), ' Jr');
    expect(reloadAsks()).toBe(true);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(reloadAsks()).toBe(false);
  });
});
