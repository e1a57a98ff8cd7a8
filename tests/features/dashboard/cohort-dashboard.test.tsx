import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadDashboardDb, pinToday } from '../../utils/dashboard-fixture';
import { ACCOUNTS, renderApp, signInAs } from '../../utils/render-app';

beforeEach(() => {
  pinToday();
  loadDashboardDb();
});
afterEach(() => vi.useRealTimers());

const open = async (cohortId: string) => {
  const app = await renderApp(`/dashboard/cohorts/${cohortId}`);
  await screen.findByRole('heading', { level: 1 }, { timeout: 5000 });
  return app;
};

describe('cohort dashboard', () => {
  it('shows the attendance grid with a spoken name for every cell', async () => {
    signInAs(ACCOUNTS.joanne);
    await open('coh_alpha');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Alpha – online: dashboard' }),
    ).toBeInTheDocument();
    const grid = screen.getByRole('table', { name: /^Attendance by participant and session/ });
    const headers = within(grid).getAllByRole('columnheader');
    expect(headers[0]).toHaveTextContent('Participant');
    expect(headers.filter((h) => /^Session \d/.test(h.textContent ?? ''))).toHaveLength(8);
    const cara = within(grid).getByRole('row', { name: /^Cara Cole/ });
    expect(within(cara).getByRole('rowheader')).toHaveTextContent('Cara Cole');
    expect(within(cara).getByRole('cell', { name: 'Session 1, Did not attend' })).toHaveTextContent(
      '3',
    );
    expect(
      within(cara).getByRole('cell', { name: 'Session 3, Late, not seen' }),
    ).toBeInTheDocument();
    expect(
      within(cara).getByRole('cell', { name: 'Session 4, Cancelled by provider' }),
    ).toBeInTheDocument();
    expect(within(cara).getByRole('cell', { name: 'Session 6, Not marked' })).toBeInTheDocument();
    expect(within(cara).getByRole('cell', { name: 'Session 7, Not held yet' })).toBeInTheDocument();
    expect(cara).toHaveTextContent('Breached');
    const dev = within(grid).getByRole('row', { name: /^Dev Dunn/ });
    expect(within(dev).getByRole('cell', { name: 'Session 1, Not enrolled' })).toBeInTheDocument();
    expect(within(dev).getByRole('cell', { name: 'Session 5, Attended' })).toBeInTheDocument();
  });

  it('sums attendance, completion and flags for the cohort', async () => {
    signInAs(ACCOUNTS.joanne);
    const { user } = await open('coh_alpha');
    // 10 of 15 sessions due: Ada 4/4, Ben 2/4, Cara 1/4, Dev 1/1, Eve 2/2 (session 4 was cancelled by the service).
    expect(screen.getByRole('region', { name: 'Attendance' })).toHaveTextContent(
      '67%10 of 15 sessions due attended',
    );
    expect(screen.getByRole('region', { name: 'Completion' })).toHaveTextContent('0 of 5');
    expect(screen.getByRole('region', { name: 'Completion' })).toHaveTextContent(
      '1 on track, 4 can no longer complete',
    );
    const flags = screen.getByRole('region', { name: 'Absence flags' });
    expect(
      within(flags)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Ben Birch: 2 absences At risk', 'Cara Cole: 3 absences Breached']);

    expect(
      screen.getByRole('img', {
        name: /^Stacked bar chart of attendance per session by code for Alpha – online: session 1: 3 attended \(5\), 0 late, seen \(6\), 0 late, not seen \(7\), 0 cancelled, gave notice \(2\), 1 did not attend \(3\)/,
      }),
    ).toBeInTheDocument();
    const panel = screen.getByRole('region', { name: 'Attendance per session' });
    await user.click(within(panel).getByRole('button', { name: 'Show as table' }));
    const s4 = within(panel).getByRole('row', { name: /Session 4/ });
    expect(s4).toHaveTextContent('Cancelled by the service');
  });

  it('a completed cohort counts who completed', async () => {
    signInAs(ACCOUNTS.joanne);
    await open('coh_charlie');
    expect(screen.getByRole('region', { name: 'Completion' })).toHaveTextContent('1 of 2');
    const grid = screen.getByRole('table', { name: /^Attendance by participant and session/ });
    expect(within(grid).getByRole('row', { name: /^Ivy Iles/ })).toHaveTextContent('6 of 6 needed');
  });

  it('tells a facilitator they do not run a cohort that is not theirs', async () => {
    signInAs(ACCOUNTS.priya);
    await renderApp('/dashboard/cohorts/coh_bravo');
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent("Could not load this cohort's dashboard");
    expect(alert).toHaveTextContent('You do not facilitate this cohort.');
  });
});
