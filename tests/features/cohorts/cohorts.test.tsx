import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { store } from '../../../mocks/db';
import { server } from '../../../mocks/node';
import { ACCOUNTS, renderApp, signInAs } from '../../utils/render-app';

function rowNames(table: HTMLElement) {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) => within(r).getAllByRole('cell')[0]?.textContent);
}

describe('cohorts table', () => {
  it('shows an admin every cohort with places and next session', async () => {
    signInAs(ACCOUNTS.sam);
    await renderApp('/cohorts');
    const table = await screen.findByRole('table', { name: 'Cohorts' });
    expect(rowNames(table)).toHaveLength(store.data.cohorts.length);
    const autumnA = within(table).getByRole('row', { name: /Autumn A – online/ });
    expect(autumnA).toHaveTextContent('18 / 20');
    expect(autumnA).toHaveTextContent('Running');
    const workshop = within(table).getByRole('row', { name: /Flare-up planning workshop/ });
    expect(workshop).toHaveTextContent('Full');
    const autumnD = within(table).getByRole('row', { name: /Autumn D/ });
    expect(autumnD).toHaveTextContent('Under 10');
  });

  it('shows a facilitator only the cohorts they facilitate', async () => {
    signInAs(ACCOUNTS.daniel);
    await renderApp('/cohorts');
    const table = await screen.findByRole('table', { name: 'Cohorts' });
    const own = store.data.cohorts
      .filter((c) => c.facilitatorIds.includes('stf_daniel'))
      .map((c) => c.name);
    expect(rowNames(table).sort()).toEqual(own.sort());
    expect(within(table).queryByText('Autumn A – online')).not.toBeInTheDocument();
  });

  it('filters by status and text, keeping both in the URL', async () => {
    signInAs(ACCOUNTS.joanne);
    const { user, router } = await renderApp('/cohorts');
    const table = await screen.findByRole('table', { name: 'Cohorts' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Completed');
    expect(rowNames(table).sort()).toEqual(['Summer A – online', 'Summer B – online']);
    await user.type(screen.getByLabelText('Search cohorts', { selector: 'input' }), 'summer b');
    await waitFor(() => expect(rowNames(table)).toEqual(['Summer B – online']));
    await waitFor(() =>
      expect(router.state.location.search).toEqual({ status: 'completed', q: 'summer b' }),
    );
  });

  it('sorts by a column header and reads the sort from the URL', async () => {
    signInAs(ACCOUNTS.sam);
    const { user } = await renderApp('/cohorts?sort=name');
    const table = await screen.findByRole('table', { name: 'Cohorts' });
    const names = rowNames(table);
    expect(names).toEqual(
      [...names].sort((a, b) => (a ?? '').localeCompare(b ?? '', 'en', { numeric: true })),
    );
    await user.click(within(table).getByRole('button', { name: /Name/ }));
    expect(within(table).getByRole('columnheader', { name: /Name/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(rowNames(table)).toEqual([...names].reverse());
  });

  it('shows what failed and retries when the server errors', async () => {
    signInAs(ACCOUNTS.sam);
    server.use(
      http.get(
        '*/api/cohorts',
        () =>
          HttpResponse.json({ error: { code: 'server_error', message: 'boom' } }, { status: 500 }),
        { once: true },
      ),
    );
    const { user } = await renderApp('/cohorts');
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not load cohorts');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('table', { name: 'Cohorts' })).toBeInTheDocument();
  });
});

describe('cohort page', () => {
  it('lists sessions with topics and participants with enrolment status', async () => {
    signInAs(ACCOUNTS.priya);
    const { user } = await renderApp('/cohorts');
    await user.click(await screen.findByRole('link', { name: 'Autumn A – online' }));
    expect(
      await screen.findByRole('heading', { name: 'Autumn A – online', level: 1 }),
    ).toBeInTheDocument();
    const sessions = screen.getByRole('region', { name: 'Sessions' });
    expect(within(sessions).getAllByRole('row')).toHaveLength(9);
    expect(within(sessions).getByText('Why pain persists')).toBeInTheDocument();
    const participants = await screen.findByRole('region', { name: 'Participants' });
    expect(within(participants).getAllByRole('row')).toHaveLength(19);
    expect(within(participants).getAllByText('Active')).toHaveLength(18);
  });

  it('refuses a facilitator a cohort they do not run', async () => {
    signInAs(ACCOUNTS.daniel);
    const other = store.data.cohorts.find((c) => !c.facilitatorIds.includes('stf_daniel'));
    await renderApp(`/cohorts/${other?.id}`);
    expect(await screen.findAllByRole('alert')).not.toHaveLength(0);
    expect(screen.getAllByText('You do not facilitate this cohort.').length).toBeGreaterThan(0);
  });

  it('shows a 404 page for an unknown address', async () => {
    signInAs(ACCOUNTS.sam);
    await renderApp('/nowhere');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
  });
});
