import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { store } from '../../../mocks/db';
import { ACCOUNTS, renderApp, signInAs } from '../../utils/render-app';

describe('a refusal offers no retry', () => {
  it('says why a facilitator cannot open another team’s cohort, with no "Try again" (403)', async () => {
    const priya = store.data.staff.find((s) => s.name === 'Priya Shah')!;
    const other = store.data.cohorts.find((c) => !c.facilitatorIds.includes(priya.id))!;
    signInAs(ACCOUNTS.priya);
    await renderApp(`/cohorts/${other.id}`);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('You do not facilitate this cohort.');
    expect(within(alert).queryByRole('button', { name: 'Try again' })).toBeNull();
  });
});
