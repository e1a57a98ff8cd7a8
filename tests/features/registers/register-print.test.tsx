import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { store } from '../../../mocks/db';
import { ACCOUNTS, renderApp, signInAs } from '../../utils/render-app';
import { enrolmentsOf, todaysSession } from '../../utils/seed-lookup';

const COHORT = 'Autumn A – online';

async function openPrintView(sessionId: string) {
  signInAs(ACCOUNTS.priya);
  await renderApp(`/registers/${sessionId}/print`);
  return screen.findByRole('table', { name: 'Register' });
}

describe('the print view (a paper backup)', () => {
  it('shows a draft with blank boxes to tick, absences so far and flags', async () => {
    const session = todaysSession(COHORT);
    const table = await openPrintView(session.id);
    expect(screen.getByText('Draft: not finalised (0 of 18 marked)')).toBeInTheDocument();
    expect(within(table).getAllByRole('img', { name: /: blank$/ })).toHaveLength(18 * 5);
    // The seed's first person has missed sessions 2 and 3: two absences so far, at risk.
    const { name } = enrolmentsOf(COHORT)[0]!;
    const row = within(table).getByRole('rowheader', { name }).closest('tr')!;
    const cells = within(row)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells.slice(0, 2)).toEqual(['2', 'At risk']);
  });

  it('ticks the marked code, and says when it was finalised and amended', async () => {
    const session = todaysSession(COHORT);
    const people = enrolmentsOf(COHORT);
    store.data.attendance.push(
      ...people.map(({ enrolment }, i) => ({
        id: `att_print_${i}`,
        sessionId: session.id,
        enrolmentId: enrolment.id,
        code: (i === 1 ? 3 : 5) as 3 | 5,
        note: i === 1 ? 'Rang at 10:20' : '',
        catchUpSent: false,
        // The second person's mark was changed after the register was finalised.
        updatedAt: i === 1 ? '2026-11-03T15:30:00.000Z' : '2026-11-03T10:15:00.000Z',
        updatedBy: 'stf_priya',
        version: 1,
      })),
    );
    session.registerFinalisedAt = '2026-11-03T12:05:00.000Z';
    const table = await openPrintView(session.id);
    expect(
      screen.getByText('Finalised Tue 3 Nov 2026 12:05, amended since (last Tue 3 Nov 2026 15:30)'),
    ).toBeInTheDocument();
    expect(within(table).getAllByRole('img', { name: /: ticked$/ })).toHaveLength(18);
    expect(within(table).getAllByRole('img', { name: 'Did not attend: ticked' })).toHaveLength(1);
    expect(within(table).getByText('Rang at 10:20')).toBeInTheDocument();
  });
});
