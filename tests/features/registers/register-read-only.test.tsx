import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { store } from '../../../mocks/db';
import { todayIso } from '../../../src/domain/dates';
import { ACCOUNTS, renderApp, signInAs } from '../../utils/render-app';
import { cohortByName, enrolmentsOf, todaysSession } from '../../utils/seed-lookup';

const COHORT = 'Autumn A – online';

async function openRegister(account: string, sessionId: string) {
  signInAs(account);
  const app = await renderApp(`/registers/${sessionId}`);
  await screen.findByText(/of 18 marked/);
  return app;
}

/** What a person could use on the page: none of it should be there on a read-only register. */
function expectNoControls() {
  expect(screen.queryAllByRole('radio')).toHaveLength(0);
  expect(screen.queryAllByRole('textbox')).toHaveLength(0);
  expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
  expect(screen.queryByRole('button', { name: /note for/ })).toBeNull();
  expect(screen.queryByRole('button', { name: /Record group agreement/ })).toBeNull();
  expect(screen.queryByRole('button', { name: 'Mark all attended' })).toBeNull();
}

describe('a register that cannot be marked here looks read-only', () => {
  it('shows a manager the marks in words, with no code buttons and no note box', async () => {
    await openRegister(ACCOUNTS.joanne, todaysSession(COHORT).id);
    expect(screen.getByText('Read only')).toBeInTheDocument();
    expectNoControls();
    const { name } = enrolmentsOf(COHORT)[0]!;
    const row = screen.getByRole('group', { name });
    expect(within(row).getByText('Not marked')).toBeInTheDocument();
  });

  it('says when a register not yet open opens, and offers nothing to click', async () => {
    const cohort = cohortByName(COHORT);
    const next = store.data.sessions
      .filter((s) => s.cohortId === cohort.id && s.date > todayIso())
      .sort((a, b) => a.number - b.number)[0]!;
    await openRegister(ACCOUNTS.priya, next.id);
    expect(screen.getByText(/^Opens on /)).toBeInTheDocument();
    expect(screen.getByText(/can be marked from the day of the session/)).toBeInTheDocument();
    expectNoControls();
  });

  it("still lets the cohort's facilitator mark today's register", async () => {
    await openRegister(ACCOUNTS.priya, todaysSession(COHORT).id);
    expect(screen.queryByText('Read only')).toBeNull();
    expect(screen.getAllByRole('radiogroup')).toHaveLength(18);
  });
});
