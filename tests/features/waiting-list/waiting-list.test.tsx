import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { store } from '../../../mocks/db';
import { server } from '../../../mocks/node';
import { addGeneratedReferrals } from '../../../src/demo-seed/seed-waiting-list';
import { todayIso } from '../../../src/domain/dates';
import { compareListed } from '../../../src/domain/waiting-list';
import { ACCOUNTS, renderApp, signInAs } from '../../utils/render-app';

const dataRows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);
const nameOf = (row: HTMLElement) =>
  within(row).getAllByRole('cell')[0]?.querySelector('a')?.textContent ?? '';
const onList = () =>
  store.data.referrals.filter((r) => r.status === 'waiting' || r.status === 'offered');

describe('waiting list', () => {
  it('shows everyone on the list, urgent first then longest waiting, with the full size announced', async () => {
    signInAs(ACCOUNTS.sam);
    await renderApp('/waiting-list');
    const table = await screen.findByRole('table', { name: 'Waiting list' });
    expect(table).toHaveAttribute('aria-rowcount', String(onList().length + 1));
    expect(
      screen.getByText(`${onList().length} people match (${onList().length} on the list)`),
    ).toBeInTheDocument();
    const expected = [...onList()].sort(
      (a, b) => Number(b.urgent) - Number(a.urgent) || a.referralDate.localeCompare(b.referralDate),
    );
    const first = dataRows(table)[0] as HTMLElement;
    expect(nameOf(first)).toBe(`${expected[0]?.givenName} ${expected[0]?.familyName}`);
    expect(first).toHaveTextContent('Urgent');
    expect(first).toHaveAttribute('aria-rowindex', '2');
  });

  it('filters by urgency and sorts by name, keeping both in the URL', async () => {
    signInAs(ACCOUNTS.joanne);
    const { user, router } = await renderApp('/waiting-list');
    const table = await screen.findByRole('table', { name: 'Waiting list' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Urgency' }), 'Urgent only');
    const urgent = onList().filter((r) => r.urgent);
    await waitFor(() => expect(dataRows(table)).toHaveLength(urgent.length));
    dataRows(table).forEach((row) => expect(row).toHaveTextContent('Urgent'));
    await user.click(within(table).getByRole('button', { name: /Name/ }));
    const byFamily = [...urgent].sort(compareListed('name', false));
    await waitFor(() =>
      expect(dataRows(table).map(nameOf)).toEqual(
        byFamily.map((r) => `${r.givenName} ${r.familyName}`),
      ),
    );
    expect(router.state.location.search).toEqual({ urgency: 'urgent', sort: 'name' });
  });

  it('searches by name or spaced NHS number without putting either in the URL', async () => {
    signInAs(ACCOUNTS.sam);
    const { user, router } = await renderApp('/waiting-list?status=all');
    const table = await screen.findByRole('table', { name: 'Waiting list' });
    const target = store.data.referrals[3]!;
    const box = screen.getByRole('textbox', { name: /Search the waiting list/ });
    const spaced = `${target.nhsNumber.slice(0, 3)} ${target.nhsNumber.slice(3, 6)} ${target.nhsNumber.slice(6)}`;
    await user.type(box, spaced);
    await waitFor(() =>
      expect(dataRows(table).map(nameOf)).toEqual([`${target.givenName} ${target.familyName}`]),
    );
    await user.clear(box);
    await user.type(box, target.familyName.toLowerCase());
    await waitFor(() =>
      dataRows(table).forEach((row) => expect(nameOf(row)).toContain(target.familyName)),
    );
    expect(router.state.location.href).not.toContain(target.familyName);
    expect(router.state.location.href).not.toContain(target.nhsNumber.slice(0, 3));
  });

  it('asks for one page of 10,000 people, renders only the rows in view, and still finds one', async () => {
    store.transact((db) => addGeneratedReferrals(db, 10_000, todayIso()));
    const asked: { offset: number; limit: number }[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.url.endsWith('/api/referrals/search'))
        void request
          .clone()
          .json()
          .then((b: { offset: number; limit: number }) => asked.push(b));
    });
    signInAs(ACCOUNTS.sam);
    const { user } = await renderApp('/waiting-list');
    const table = await screen.findByRole('table', { name: 'Waiting list' });
    expect(table).toHaveAttribute('aria-rowcount', String(onList().length + 1));
    expect(dataRows(table).length).toBeLessThan(60);
    expect(asked.every((b) => b.offset === 0 && b.limit === 100)).toBe(true);
    const target = store.data.referrals.at(-1)!;
    await user.type(
      screen.getByRole('textbox', { name: /Search the waiting list/ }),
      target.nhsNumber,
    );
    await waitFor(() =>
      expect(dataRows(table).map(nameOf)).toEqual([`${target.givenName} ${target.familyName}`]),
    );
    server.events.removeAllListeners();
  });

  it('offers Add referral to admins only, and hides the page from facilitators', async () => {
    signInAs(ACCOUNTS.joanne);
    const first = await renderApp('/waiting-list');
    await screen.findByRole('table', { name: 'Waiting list' });
    expect(screen.queryByRole('link', { name: 'Add referral' })).not.toBeInTheDocument();
    first.unmount();
    signInAs(ACCOUNTS.priya);
    await renderApp('/waiting-list');
    expect(await screen.findByRole('heading', { name: /not found/i })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Waiting list' })).not.toBeInTheDocument();
  });

  it('shows what failed and retries when the server errors', async () => {
    signInAs(ACCOUNTS.sam);
    server.use(
      http.post(
        '*/api/referrals/search',
        () =>
          HttpResponse.json({ error: { code: 'server_error', message: 'boom' } }, { status: 500 }),
        { once: true },
      ),
    );
    const { user } = await renderApp('/waiting-list');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the waiting list');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('table', { name: 'Waiting list' })).toBeInTheDocument();
  });
});
