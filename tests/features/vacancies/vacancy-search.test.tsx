import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { store } from '../../../mocks/db';
import { ACCOUNTS, renderApp, signInAs } from '../../utils/render-app';
import { withdrawOneFrom } from '../../utils/vacancy-fixture';

// The vacancy page searches the whole waiting list, says why anyone is not
// suggested, offers the place outside the suggestions after a confirmation, and moves on to
// the next candidate when an offer expires (time moved through the mock's test clock).

const HOUR = 3_600_000;
const clock = globalThis as { __cohortTestClock?: number };
afterEach(() => {
  delete clock.__cohortTestClock;
});

async function openVacancy() {
  const { vacancy } = withdrawOneFrom('Winter A – online');
  signInAs(ACCOUNTS.sam);
  const app = await renderApp(`/vacancies/${vacancy.id}`);
  await screen.findByRole('heading', { name: 'Place in Winter A – online' });
  return { ...app, vacancy };
}

const candidates = () => screen.findByRole('table', { name: /Suggested candidates/ });
const firstCandidateName = async () =>
  within(await candidates())
    .getAllByRole('button', { name: /^Offer the place to / })[0]!
    .getAttribute('aria-label')!
    .replace('Offer the place to ', '');

describe('the vacancy page search', () => {
  it('says why someone is not suggested, and offers the place to them after a confirmation', async () => {
    const { user } = await openVacancy();
    await candidates();
    // Someone waiting who is not free at this cohort's time.
    const cohort = store.data.cohorts.find((c) => c.name === 'Winter A – online')!;
    const unsuitable = store.data.referrals.find(
      (r) =>
        r.status === 'waiting' &&
        r.borough === 'Islington' &&
        !r.availability.some((s) => s.time === (cohort.startTime < '12:00' ? 'morning' : 'x')),
    )!;
    const name = `${unsuitable.givenName} ${unsuitable.familyName}`;
    const search = screen.getByRole('search', { name: 'Search the waiting list' });
    await user.type(within(search).getByRole('textbox', { name: 'Name or NHS number' }), name);
    await user.click(within(search).getByRole('button', { name: 'Search' }));
    const results = await screen.findByRole('table', { name: /Waiting list search/ });
    const row = within(results).getByRole('row', { name: new RegExp(name) });
    expect(row).toHaveTextContent(/Not suggested: not available on \w+day mornings/);
    await user.click(within(row).getByRole('button', { name: `Offer the place to ${name}…` }));
    const dialog = await screen.findByRole('dialog', { name: `Offer the place to ${name}?` });
    expect(dialog).toHaveTextContent(
      new RegExp(`${name} was not suggested for this place: not available on \\w+day mornings`),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Offer the place anyway' }));
    expect(await screen.findByText(`Offered to ${name}`)).toBeInTheDocument();
    expect(store.data.offers.at(-1)).toMatchObject({ referralId: unsuitable.id, status: 'open' });
  });

  it('shows people who cannot take the place with the reason, and no way to offer it', async () => {
    const { user } = await openVacancy();
    await candidates();
    // Someone whose entry was closed (they moved away) since the page loaded.
    const closed = store.transact((db) => {
      const r = db.referrals.find((x) => x.status === 'waiting')!;
      r.status = 'closed';
      r.closure = {
        reason: 'moved_out_of_area',
        note: '',
        at: new Date().toISOString(),
        byStaffId: 'stf_sam',
      };
      return r;
    });
    const name = `${closed.givenName} ${closed.familyName}`;
    const search = screen.getByRole('search', { name: 'Search the waiting list' });
    await user.type(within(search).getByRole('textbox', { name: 'Name or NHS number' }), name);
    await user.click(within(search).getByRole('button', { name: 'Search' }));
    const results = await screen.findByRole('table', { name: /Waiting list search/ });
    const row = within(results).getByRole('row', { name: new RegExp(name) });
    expect(row).toHaveTextContent('Not suggested: closed (moved out of area)');
    expect(row).toHaveTextContent('Cannot be offered');
    expect(within(row).queryByRole('button')).not.toBeInTheDocument();
  });

  it('after an offer expires, shows it expired and suggests the next person (nothing offered)', async () => {
    const { user, queryClient } = await openVacancy();
    const first = await firstCandidateName();
    const rows = within(await candidates()).getAllByRole('button', {
      name: /^Offer the place to /,
    });
    const second = rows[1]!.getAttribute('aria-label')!.replace('Offer the place to ', '');
    await user.click(rows[0]!);
    expect(await screen.findByText(`Offered to ${first}`)).toBeInTheDocument();
    // Two days later, the page is read again.
    clock.__cohortTestClock = 49 * HOUR;
    await queryClient.invalidateQueries();
    expect(await firstCandidateName()).toBe(second);
    expect(screen.queryByText(`Offered to ${first}`)).not.toBeInTheDocument();
    const history = screen.getByRole('list', { name: 'Earlier offers' });
    expect(history).toHaveTextContent(`${first}`);
    expect(history).toHaveTextContent('Expired');
    // Shown expired by reading, not by writing: the stored offer is still open until the job.
    expect(store.data.offers.filter((o) => o.status === 'open')).toHaveLength(1);
  });
});
