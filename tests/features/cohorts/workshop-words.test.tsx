import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { store } from '../../../mocks/db';
import { formatDate } from '../../../src/lib/format';
import { ACCOUNTS, renderApp, signInAs } from '../../utils/render-app';

describe('a one-off workshop', () => {
  it('is described on its day, never as meeting every week', async () => {
    const workshop = store.data.cohorts.find((c) => c.type === 'workshop')!;
    signInAs(ACCOUNTS.sam);
    await renderApp(`/cohorts/${workshop.id}`);
    const when = await screen.findByText(/\(one session\)/);
    expect(when).toHaveTextContent(
      `${formatDate(workshop.startDate)} at ${workshop.startTime} (one session)`,
    );
    expect(document.body.textContent).not.toMatch(/(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days at/);
  });
});
