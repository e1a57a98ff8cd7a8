import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { store } from '../../../mocks/db';
import { ACCOUNTS, renderApp, signInAs } from '../../utils/render-app';
import { withdrawOneFrom } from '../../utils/vacancy-fixture';

async function openVacancy(account: string) {
  const { vacancy } = withdrawOneFrom('Winter A – online');
  signInAs(account);
  const app = await renderApp('/vacancies');
  const table = await screen.findByRole('table', { name: 'Open vacancies' });
  const row = within(table).getByRole('row', { name: /Winter A – online/ });
  expect(row).toHaveTextContent('Not offered yet');
  expect(row).toHaveTextContent('8');
  await app.user.click(within(row).getByRole('link', { name: 'Winter A – online' }));
  await screen.findByRole('heading', { name: 'Place in Winter A – online' });
  return { ...app, vacancy };
}

const candidatesTable = () => screen.findByRole('table', { name: /Suggested candidates/ });

describe('vacancies', () => {
  it('says when there is nothing to fill', async () => {
    signInAs(ACCOUNTS.sam);
    await renderApp('/vacancies');
    expect(await screen.findByText(/No open vacancies/)).toBeInTheDocument();
  });

  it('offers a place to the top candidate and enrols them when they accept', async () => {
    const { user, vacancy } = await openVacancy(ACCOUNTS.sam);
    const table = await candidatesTable();
    const top = within(table).getAllByRole('row')[1] as HTMLElement;
    expect(top).toHaveTextContent(/free on \w+day mornings/);
    const name =
      within(top).getAllByRole('cell')[0]?.textContent?.replace('Urgent', '').trim() ?? '';
    await user.click(within(top).getByRole('button', { name: `Offer the place to ${name}` }));
    expect(await screen.findByText(`Offered to ${name}`)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Offer the place to/ })).not.toBeInTheDocument();
    // The mock sends nothing, so the page says to contact the person by hand,
    // with a script that names them, says when to reply by, and nothing of their health.
    const byHand = screen.getByRole('region', { name: 'Contact this person by hand' });
    expect(within(byHand).getByText(/GOV.UK Notify is not set up/)).toBeInTheDocument();
    const script = (
      within(byHand).getByRole('textbox', {
        name: 'Script to read out or send',
      }) as HTMLTextAreaElement
    ).value;
    expect(script).toContain(`Hello ${name.split(' ')[0]},`);
    expect(script).toMatch(/by (\d{1,2}(:\d\d)?(am|pm)|12 noon|midnight) on \w+day \d{1,2} \w+\./);
    const entry = store.data.referrals.find((r) => `${r.givenName} ${r.familyName}` === name)!;
    expect(script).not.toContain(entry.nhsNumber);
    if (entry.notes) expect(script).not.toContain(entry.notes);
    await user.click(screen.getByRole('button', { name: `Accepted: enrol ${name}…` }));
    // Enrolling is confirmed first: Cancel leaves the offer open.
    const confirm = await screen.findByRole('dialog', { name: `Enrol ${name}?` });
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(store.data.offers.find((o) => o.status === 'open')).toBeDefined();
    await user.click(screen.getByRole('button', { name: `Accepted: enrol ${name}…` }));
    const again = await screen.findByRole('dialog', { name: `Enrol ${name}?` });
    await user.click(within(again).getByRole('button', { name: `Enrol ${name}` }));
    expect(await screen.findByText('This place is filled')).toBeInTheDocument();
    expect(
      within(screen.getByRole('list', { name: 'Earlier offers' })).getByText('Accepted'),
    ).toBeInTheDocument();
    const referral = store.data.referrals.find(
      (r) => `${r.givenName} ${r.familyName}` === name && r.status === 'enrolled',
    );
    expect(
      store.data.enrolments.filter(
        (e) => e.participantId === referral?.participantId && e.cohortId === vacancy.cohortId,
      ),
    ).toHaveLength(1);
  });

  it('after a decline, suggests the next person and keeps the first on the list', async () => {
    const { user } = await openVacancy(ACCOUNTS.sam);
    const table = await candidatesTable();
    const [first, second] = within(table).getAllByRole('button', { name: /Offer the place to/ });
    const firstName = first?.getAttribute('aria-label')?.replace('Offer the place to ', '');
    await user.click(first as HTMLElement);
    await user.click(await screen.findByRole('button', { name: 'Declined…' }));
    // A decline is confirmed, and says why: without a reason nothing is recorded.
    const dialog = await screen.findByRole('dialog', { name: `Record that ${firstName} declined` });
    await user.click(within(dialog).getByRole('button', { name: 'Record the decline' }));
    expect(
      await within(dialog).findByText('Choose why the offer was declined'),
    ).toBeInTheDocument();
    expect(store.data.offers[0]?.status).toBe('open');
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Why did they decline?' }),
      'Other',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Record the decline' }));
    expect(await within(dialog).findByText('Say why the offer was declined')).toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: 'Note' }), 'Caring for a parent');
    await user.click(within(dialog).getByRole('button', { name: 'Record the decline' }));
    const after = await screen.findByRole('list', { name: 'Earlier offers' });
    expect(after).toHaveTextContent(`${firstName}`);
    expect(after).toHaveTextContent('(other: Caring for a parent)');
    // The place says what happened to it, not merely "not offered yet".
    expect(
      await screen.findByText(`Declined by ${firstName}: not offered to anyone else yet`),
    ).toBeInTheDocument();
    expect(store.data.offers[0]).toMatchObject({
      status: 'declined',
      declineReason: 'other',
      declineNote: 'Caring for a parent',
    });
    expect(
      within(await candidatesTable()).getAllByRole('button', { name: /Offer the place to/ })[0],
    ).toHaveAccessibleName(second?.getAttribute('aria-label') ?? '');
    expect(
      store.data.referrals.find((r) => `${r.givenName} ${r.familyName}` === firstName)?.status,
    ).toBe('waiting');
  });

  it('keeps hours typed out of range, with the reason beside them, and offers nothing', async () => {
    const { user } = await openVacancy(ACCOUNTS.sam);
    const table = await candidatesTable();
    const hours = screen.getByRole('textbox', { name: 'Offer open for (hours)' });
    await user.clear(hours);
    await user.type(hours, '5000');
    await user.tab();
    expect(hours).toHaveValue('5000');
    expect(hours).toHaveAccessibleDescription(/At most \d+ days \(\d+ hours\)/);
    for (const offer of within(table).getAllByRole('button', { name: /Offer the place to/ }))
      expect(offer).toBeDisabled();
  });

  it('lets a manager look at candidates without offering', async () => {
    await openVacancy(ACCOUNTS.joanne);
    await candidatesTable();
    expect(screen.queryByRole('button', { name: /Offer the place to/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('spinbutton', { name: /Offer open for/ })).not.toBeInTheDocument();
  });
});
