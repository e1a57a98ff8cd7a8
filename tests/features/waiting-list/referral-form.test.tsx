import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { store } from '../../../mocks/db';
import { server } from '../../../mocks/node';
import { ACCOUNTS, renderApp, signInAs } from '../../utils/render-app';

async function fillReferral(user: UserEvent, overrides: { nhs?: string } = {}) {
  // Borough first: the rest of the form appears once it is eligible.
  await user.selectOptions(await screen.findByRole('combobox', { name: /Borough/ }), 'Islington');
  await user.type(await screen.findByRole('textbox', { name: 'Given name' }), 'Ada');
  await user.type(screen.getByRole('textbox', { name: 'Family name' }), 'Lovelace');
  await user.type(
    screen.getByRole('textbox', { name: /NHS number/ }),
    overrides.nhs ?? '943 476 5919',
  );
  await user.type(screen.getByLabelText('Date of birth'), '1970-01-01');
  await user.type(screen.getByRole('textbox', { name: 'GP practice' }), 'Archway Medical Centre');
  await user.type(screen.getByRole('textbox', { name: 'Email' }), 'ada@example.com');
  await user.click(screen.getByRole('checkbox', { name: 'Tuesday morning' }));
}

const submit = (user: UserEvent) =>
  user.click(screen.getByRole('button', { name: 'Add to waiting list' }));

describe('add referral', () => {
  it('adds an eligible person and opens their entry', async () => {
    signInAs(ACCOUNTS.sam);
    const { user } = await renderApp('/waiting-list/new');
    await fillReferral(user);
    await submit(user);
    expect(await screen.findByRole('heading', { name: 'Ada Lovelace' })).toBeInTheDocument();
    expect(await screen.findByText('943 476 5919')).toBeInTheDocument();
    expect(store.data.referrals.filter((r) => r.nhsNumber === '9434765919')).toHaveLength(1);
  });

  it('offers all seven days, and a Saturday morning adds that slot alone', async () => {
    signInAs(ACCOUNTS.sam);
    const { user } = await renderApp('/waiting-list/new');
    await fillReferral(user);
    for (const day of ['Monday', 'Friday', 'Saturday', 'Sunday'])
      expect(screen.getByRole('checkbox', { name: `${day} evening` })).not.toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: 'Saturday morning' }));
    await submit(user);
    expect(await screen.findByText('Tue mornings; Sat mornings')).toBeInTheDocument();
    const added = store.data.referrals.find((r) => r.nhsNumber === '9434765919');
    expect(added?.availability).toEqual([
      { day: 'tue', time: 'morning' },
      { day: 'sat', time: 'morning' },
    ]);
  });

  it('checks the NHS number and required fields before sending anything', async () => {
    signInAs(ACCOUNTS.sam);
    const before = store.data.referrals.length;
    const { user } = await renderApp('/waiting-list/new');
    await fillReferral(user, { nhs: '943 476 5918' });
    await user.click(screen.getByRole('checkbox', { name: 'Tuesday morning' }));
    await submit(user);
    expect(await screen.findByText(/Enter a valid 10-digit NHS number/)).toBeInTheDocument();
    expect(screen.getByText('Choose at least one day and time')).toBeInTheDocument();
    expect(store.data.referrals).toHaveLength(before);
  });

  it('asks the borough first and signposts Camden before anything else, in the service’s words', async () => {
    signInAs(ACCOUNTS.sam);
    const before = store.data.referrals.length;
    store.data.settings = {
      ...store.data.settings,
      camdenSignpost: 'Camden patients: the Camden MSK pain service takes self-referrals.',
    };
    const { user } = await renderApp('/waiting-list/new');
    const borough = await screen.findByRole('combobox', { name: /Borough/ });
    // Nothing else is asked until the borough is known.
    expect(screen.queryByRole('textbox', { name: 'Given name' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add to waiting list' })).toBeNull();
    await user.selectOptions(borough, 'Camden');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Not eligible for this course');
    expect(alert).toHaveTextContent(
      'Camden patients: the Camden MSK pain service takes self-referrals.',
    );
    expect(screen.queryByRole('textbox', { name: 'Given name' })).toBeNull();
    // Only the signposting: no other field exists to fill in, and nothing to submit.
    expect(screen.queryByLabelText('Date of birth')).toBeNull();
    expect(screen.queryAllByRole('textbox')).toHaveLength(0);
    expect(screen.queryByRole('button', { name: 'Add to waiting list' })).toBeNull();
    // Another borough outside the area gets the other setting's words.
    await user.selectOptions(borough, 'Hackney');
    expect(await screen.findByRole('alert')).toHaveTextContent(/registered with a GP in Islington/);
    // The service's own borough: the rest of the form.
    await user.selectOptions(borough, 'Islington');
    expect(screen.queryByRole('alert')).toBeNull();
    await user.type(await screen.findByRole('textbox', { name: 'Given name' }), 'Ada');
    // A wrong choice of borough loses nothing typed.
    await user.selectOptions(borough, 'Camden');
    await user.selectOptions(borough, 'Islington');
    expect(await screen.findByRole('textbox', { name: 'Given name' })).toHaveValue('Ada');
    expect(store.data.referrals).toHaveLength(before);
  });

  it('refuses a duplicate NHS number with a link to the existing entry', async () => {
    signInAs(ACCOUNTS.sam);
    const existing = store.data.referrals.find((r) => r.status === 'waiting')!;
    const spaced = `${existing.nhsNumber.slice(0, 3)} ${existing.nhsNumber.slice(3, 6)} ${existing.nhsNumber.slice(6)}`;
    const { user, router } = await renderApp('/waiting-list/new');
    await fillReferral(user, { nhs: spaced });
    await submit(user);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Already on the waiting list');
    // What was typed is not saved anywhere: leaving for the existing entry asks first.
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    await user.click(within(alert).getByRole('link', { name: 'Open the existing entry' }));
    expect(confirm).toHaveBeenCalledWith(
      'Your changes to this referral are not saved. Leave anyway?',
    );
    confirm.mockRestore();
    expect(router.state.location.pathname).toBe(`/waiting-list/${existing.id}`);
    expect(
      await screen.findByRole('heading', { name: `${existing.givenName} ${existing.familyName}` }),
    ).toBeInTheDocument();
  });

  it('puts the server’s field errors on the fields', async () => {
    signInAs(ACCOUNTS.sam);
    server.use(
      http.post('*/api/referrals', () =>
        HttpResponse.json(
          {
            error: {
              code: 'validation_failed',
              message: 'Some details need correcting.',
              fieldErrors: { gpPractice: ['No GP practice by that name'] },
            },
          },
          { status: 400 },
        ),
      ),
    );
    const { user } = await renderApp('/waiting-list/new');
    await fillReferral(user);
    await submit(user);
    expect(await screen.findByRole('textbox', { name: 'GP practice' })).toHaveAccessibleDescription(
      /No GP practice by that name/,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Some details need correcting.');
  });
});
