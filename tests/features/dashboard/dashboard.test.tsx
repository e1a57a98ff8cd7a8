import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../../mocks/node';
import { loadDashboardDb, pinToday } from '../../utils/dashboard-fixture';
import { ACCOUNTS, renderApp, signInAs } from '../../utils/render-app';

beforeEach(() => {
  pinToday();
  loadDashboardDb();
});
afterEach(() => vi.useRealTimers());

// The first visit loads the lazily loaded dashboard route and its charts, which can be slow.
const ready = () => screen.findByText('Cohorts running', { selector: 'dt' }, { timeout: 5000 });

/** A headline figure's value and the line saying how it is counted. */
function figure(label: string) {
  const dd = screen.getByText(label, { selector: 'dt' }).nextElementSibling;
  return { value: dd?.firstElementChild?.textContent, detail: dd?.lastElementChild?.textContent };
}

describe('service dashboard', () => {
  it('shows every headline figure, computed from the hand-built records', async () => {
    signInAs(ACCOUNTS.joanne);
    const { router } = await renderApp('/');
    await ready();
    expect(router.state.location.pathname).toBe('/dashboard');
    expect(figure('Cohorts running').value).toBe('1');
    expect(figure('Cohorts planned').value).toBe('1');
    expect(figure('Places filled')).toEqual({
      value: '7 of 22',
      detail: '32% of capacity in running and planned cohorts',
    });
    expect(figure('Attendance rate')).toEqual({
      value: '57%',
      detail: '4 of 7 sessions due attended, Thu 22 Oct 2026 to Wed 18 Nov 2026',
    });
    expect(figure('Participants flagged')).toEqual({ value: '2', detail: '1 at risk, 1 breached' });
    expect(figure('People waiting')).toEqual({
      value: '3',
      detail: 'Median wait 5 weeks (whole service)',
    });
    expect(figure('Vacancies filled')).toEqual({
      value: '2 of 3',
      detail:
        'Places freed Thu 1 Oct 2026 to Thu 31 Dec 2026 that could be offered; median 8 days to fill',
    });
    expect(screen.getByRole('link', { name: 'Dashboard' })).toBeInTheDocument();
  });

  it("shows the service's outcome figures over its cohorts, each with its denominator", async () => {
    signInAs(ACCOUNTS.joanne);
    await renderApp('/dashboard');
    await ready();
    const outcomes = screen.getByRole('region', { name: 'Outcomes in these cohorts' });
    const region = (name: string) => within(outcomes).getByRole('region', { name });
    // Attended two sessions or more: ada, ben, eve, ivy, jon (5); with a first and last score:
    // ada, ben, ivy, jon (4). A case at the start with a pair: ada, ben, ivy; recovered: ada,
    // ivy. Reliably better: ivy (PHQ-9 -7); worse: jon (PHQ-9 +7, GAD-7 +5).
    expect(region('Paired scores')).toHaveTextContent('80%4 of 5 who attended two sessions');
    expect(region('Recovery')).toHaveTextContent('67%2 of 3 who were a case at the start');
    expect(region('Reliable improvement')).toHaveTextContent('25%1 of 4 with a first and last');
    expect(region('Reliable deterioration')).toHaveTextContent('25%1 of 4');
    // PHQ-9 (-1 - 2 - 7 + 7) / 4 = -0.75; GAD-7 (-1 - 1 - 5 + 5) / 4 = -0.5.
    expect(region('Mean change')).toHaveTextContent('PHQ-9: -0.8GAD-7: -0.5');
  });

  it('gives every chart an accessible name and its figures as a table', async () => {
    signInAs(ACCOUNTS.joanne);
    const { user } = await renderApp('/dashboard');
    await ready();
    expect(
      screen.getByRole('img', {
        name: /^Bar chart of attendance rate by course week: week 1 83%, week 2 67%/,
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('img', {
        name: /Aug 2026 4 \(cancelled, gave notice: 1; did not attend: 3; late, not seen: 0\)/,
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: /waiting list size .*30 Sept? 2026 4,/ }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('img', {
        name: /Charlie – summer 2 of 10, Alpha – online 4 of 12, Bravo – Finsbury 3 of 10/,
      }),
    ).toBeInTheDocument();

    const panel = screen.getByRole('region', { name: 'Attendance by course week' });
    await user.click(within(panel).getByRole('button', { name: 'Show as table' }));
    const table = within(panel).getByRole('table', { name: 'Attendance by course week' });
    const week3 = within(table).getByRole('row', { name: /Week 3/ });
    expect(
      within(week3)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['4', '5', '80%']);
    expect(within(panel).getByRole('button', { name: 'Hide table' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });

  it('filters by delivery, carried in the URL; bad URL values fall back to defaults', async () => {
    signInAs(ACCOUNTS.joanne);
    const { user, router } = await renderApp('/dashboard?delivery=teleport&from=not-a-date');
    await ready();
    expect(figure('Places filled').value).toBe('7 of 22');
    await user.selectOptions(screen.getByLabelText('Delivery'), 'Face to face');
    await waitFor(() => expect(figure('Places filled').value).toBe('3 of 10'));
    expect(router.state.location.search).toMatchObject({ delivery: 'face_to_face' });
    expect(figure('Cohorts running').value).toBe('0');
    await user.selectOptions(screen.getByLabelText('Delivery'), 'Online and face to face');
    await user.selectOptions(screen.getByLabelText('Facilitator'), 'Priya Shah');
    await waitFor(() => expect(figure('Places filled').value).toBe('4 of 12'));
  });

  it('shows a facilitator only their own cohorts, without the waiting list', async () => {
    signInAs(ACCOUNTS.priya);
    await renderApp('/dashboard');
    await ready();
    expect(figure('Cohorts running').value).toBe('1');
    expect(figure('Cohorts planned').value).toBe('0');
    expect(figure('Places filled').value).toBe('4 of 12');
    expect(figure('Participants flagged')).toEqual({ value: '2', detail: '1 at risk, 1 breached' });
    expect(figure('Vacancies filled').detail).toMatch(/median 10 days to fill$/);
    expect(screen.queryByText('People waiting', { selector: 'dt' })).not.toBeInTheDocument();
    expect(
      screen.queryByRole('region', { name: 'Waiting list over time' }),
    ).not.toBeInTheDocument();
    const links = within(
      screen.getByRole('navigation', { name: 'Cohort dashboards' }),
    ).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual(['Alpha – online']);
  });

  it('exports a chart’s figures as CSV with formula cells neutralised', async () => {
    const { store } = await import('../../../mocks/db');
    const alpha = store.data.cohorts.find((c) => c.id === 'coh_alpha');
    if (alpha) alpha.name = '=HYPERLINK("http://x")';
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => (blobs.push(b), 'blob:csv'));
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    signInAs(ACCOUNTS.joanne);
    const { user } = await renderApp('/dashboard');
    await ready();
    await user.click(screen.getByRole('button', { name: 'Download CSV: Occupancy per cohort' }));
    const csv = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blobs[0] as Blob);
    });
    expect(csv.split('\r\n')).toEqual([
      'Cohort,Status,Places filled,Capacity,Filled',
      'Charlie – summer,Completed,2,10,20%',
      `"'=HYPERLINK(""http://x"")",Running,4,12,33%`,
      'Bravo – Finsbury,Planned,3,10,30%',
    ]);
  });

  it('shows what failed and offers a retry when the figures cannot load', async () => {
    server.use(
      http.get('*/api/dashboard/summary', () =>
        HttpResponse.json(
          { error: { code: 'server_error', message: 'The server had a problem.' } },
          { status: 500 },
        ),
      ),
    );
    signInAs(ACCOUNTS.sam);
    await renderApp('/dashboard');
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent('Could not load the dashboard');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('an admin still lands on the cohorts page', async () => {
    signInAs(ACCOUNTS.sam);
    const { router } = await renderApp('/');
    await waitFor(() => expect(router.state.location.pathname).toBe('/cohorts'));
  });
});
