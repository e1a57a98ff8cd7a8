import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { store } from '../../../mocks/db';
import { ACCOUNTS, renderApp, signInAs } from '../../utils/render-app';

// A person's page links to who has seen their records: the audit page's "views and exports",
// from the access log each read adds to (opening the page is one of them).

describe('who has seen a record', () => {
  it('from a waiting-list entry: every view of it, by whom, in words', async () => {
    const referral = store.data.referrals.find((r) => r.status === 'waiting')!;
    signInAs(ACCOUNTS.joanne);
    const { user, router } = await renderApp(`/waiting-list/${referral.id}`);
    await user.click(await screen.findByRole('link', { name: 'Who has seen this record' }));

    const name = `${referral.givenName} ${referral.familyName}`;
    expect(
      await screen.findByRole('heading', { name: `Views and exports of ${name}’s records` }),
    ).toBeInTheDocument();
    // The person by id in the address, never by name or NHS number.
    expect(router.state.location.search).toMatchObject({ person: referral.participantId });
    expect(router.state.location.href).not.toContain(referral.nhsNumber);
    const rows = within(screen.getByRole('table', { name: 'Views and exports' })).getAllByRole(
      'row',
    );
    expect(rows[1]).toHaveTextContent('Opened their waiting-list entry');
    expect(rows[1]).toHaveTextContent('Joanne Fraser');
  });
});
