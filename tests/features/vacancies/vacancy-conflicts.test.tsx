import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { store } from '../../../mocks/db';
import { ACCOUNTS, renderApp, signInAs } from '../../utils/render-app';
import { offerAsColleague, withdrawOneFrom } from '../../utils/vacancy-fixture';

// Offering a place and answering an offer stand on a version (If-Match), like every form: a
// colleague's save first shows the one conflict notice (theirs, mine, what differs), puts their
// copy on the page, and "Load their version" lets the next action go on it.

async function openVacancy() {
  const { vacancy } = withdrawOneFrom('Winter A – online');
  signInAs(ACCOUNTS.sam);
  const app = await renderApp(`/vacancies/${vacancy.id}`);
  await screen.findByRole('heading', { name: 'Place in Winter A – online' });
  const table = await screen.findByRole('table', { name: /Suggested candidates/ });
  const offerButtons = () => within(table).getAllByRole('button', { name: /Offer the place to/ });
  const nameOf = (b: HTMLElement) =>
    b.getAttribute('aria-label')!.replace('Offer the place to ', '');
  return { ...app, vacancy, offerButtons, nameOf };
}

const vacancyOf = (id: string) => store.data.vacancies.find((v) => v.id === id)!;

/** The notice's one row of differences: field, theirs, mine. */
function difference(alert: HTMLElement): string[] {
  const table = within(alert).getByRole('table', { name: 'Where theirs and yours differ' });
  const row = within(table).getAllByRole('row')[1]!;
  return [within(row).getByRole('rowheader'), ...within(row).getAllByRole('cell')].map(
    (c) => c.textContent ?? '',
  );
}

describe('a place a colleague changed first', () => {
  it('412, then "Load their version", then Offer: offered on their version', async () => {
    const { user, vacancy, offerButtons, nameOf } = await openVacancy();
    const version = vacancyOf(vacancy.id).version;
    // A colleague's save lands after this page loaded (an offer made and answered, say).
    store.transact(() => {
      vacancyOf(vacancy.id).version += 1;
    });
    const first = offerButtons()[0]!;
    await user.click(first);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('A colleague saved this place while you were editing');
    expect(alert).toHaveFocus();
    expect(difference(alert)).toEqual([
      'This place',
      'Not offered to anyone',
      `Offered to ${nameOf(first)} for 48 hours`,
    ]);
    expect(store.data.offers).toHaveLength(0);
    await user.click(within(alert).getByRole('button', { name: 'Load their version' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.click(offerButtons()[0]!);
    expect(await screen.findByText(`Offered to ${nameOf(first)}`)).toBeInTheDocument();
    expect(store.data.offers).toHaveLength(1);
    expect(vacancyOf(vacancy.id).version).toBe(version + 2);
  });

  it('offered by a colleague first: theirs stands, nothing is offered twice', async () => {
    const { user, vacancy, offerButtons, nameOf } = await openVacancy();
    const [mine, theirs] = offerButtons();
    const other = nameOf(theirs!);
    offerAsColleague(vacancy.id, other);
    await user.click(mine!);
    const alert = await screen.findByRole('alert');
    await waitFor(() =>
      expect(difference(alert)[1]).toMatch(new RegExp(`^Offered to ${other} until `)),
    );
    expect(difference(alert)[2]).toBe(`Offered to ${nameOf(mine!)} for 48 hours`);
    expect(alert).toHaveTextContent('Your offer cannot go now');
    expect(within(alert).queryByRole('button', { name: /Save mine/ })).not.toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Load their version' }));
    expect(screen.getByText(`Offered to ${other}`)).toBeInTheDocument();
    expect(store.data.offers.filter((o) => o.status === 'open')).toHaveLength(1);
  });
});

describe('an offer a colleague answered first', () => {
  it('shows their answer beside mine, enrols nobody, then the next offer goes', async () => {
    const { user, offerButtons, nameOf } = await openVacancy();
    const [top] = offerButtons();
    const name = nameOf(top!);
    await user.click(top!);
    await screen.findByText(`Offered to ${name}`);
    // A colleague records the decline on the server first.
    store.transact((db) => {
      const offer = db.offers.find((o) => o.status === 'open')!;
      Object.assign(offer, {
        status: 'declined',
        declineReason: 'too_unwell',
        decidedAt: new Date().toISOString(),
        version: offer.version + 1,
      });
    });
    await user.click(screen.getByRole('button', { name: `Accepted: enrol ${name}…` }));
    const confirm = await screen.findByRole('dialog', { name: `Enrol ${name}?` });
    await user.click(within(confirm).getByRole('button', { name: `Enrol ${name}` }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('saved an answer to this offer while you were editing');
    expect(difference(alert)).toEqual([
      'Answer',
      'Declined: Too unwell at present',
      'Accepted (enrolled)',
    ]);
    expect(alert).toHaveTextContent('An offer is answered once: theirs stands.');
    expect(within(alert).queryByRole('button', { name: /Save mine/ })).not.toBeInTheDocument();
    expect(
      store.data.referrals.find((r) => `${r.givenName} ${r.familyName}` === name)?.status,
    ).toBe('offered');
    await user.click(within(alert).getByRole('button', { name: 'Load their version' }));
    expect(
      await screen.findByText(`Declined by ${name}: not offered to anyone else yet`),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    const next = offerButtons()[0]!;
    await user.click(next);
    expect(await screen.findByText(`Offered to ${nameOf(next)}`)).toBeInTheDocument();
  });
});
