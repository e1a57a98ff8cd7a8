import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { store } from '../../../mocks/db';
import { ACCOUNTS, renderApp, signInAs } from '../../utils/render-app';
import { cohortByName, enrolmentsOf } from '../../utils/seed-lookup';
import { cohortSlotName } from '../../../src/domain/candidates';

describe('creating and editing cohorts', () => {
  it('creates a course over Easter with eight correct dates', async () => {
    signInAs(ACCOUNTS.sam);
    const { user, router } = await renderApp('/cohorts');
    await user.click(await screen.findByRole('button', { name: 'New cohort' }));
    await user.type(await screen.findByLabelText('Name'), 'Spring A – online');
    await user.type(
      screen.getByRole('textbox', { name: 'Video link' }),
      'https://meet.example.nhs.uk/spring-a',
    );
    await user.type(screen.getByLabelText('Start date'), '2027-03-22');
    await user.click(screen.getByRole('checkbox', { name: 'Priya Shah (psychology)' }));
    await user.click(screen.getByRole('checkbox', { name: 'Grace Whitfield (psychology)' }));
    // Easter Monday 2027 is 29 March: session 2 moves a week, the rest follow.
    const preview = screen.getByRole('list', { name: 'Sessions (8)' });
    expect(within(preview).getAllByRole('listitem')).toHaveLength(8);
    expect(within(preview).getAllByRole('listitem')[1]).toHaveTextContent('Mon 5 Apr 2027');
    await user.click(screen.getByRole('button', { name: 'Create cohort' }));
    expect(
      await screen.findByText('Include at least one psychology and one physiotherapy facilitator'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Grace Whitfield (psychology)' }));
    await user.click(screen.getByRole('checkbox', { name: 'Tom Okafor (physiotherapy)' }));
    await user.click(screen.getByRole('button', { name: 'Create cohort' }));
    expect(
      await screen.findByRole('heading', { name: 'Spring A – online', level: 1 }),
    ).toBeInTheDocument();
    const created = cohortByName('Spring A – online');
    expect(router.state.location.pathname).toBe(`/cohorts/${created.id}`);
    const dates = store.data.sessions.filter((s) => s.cohortId === created.id).map((s) => s.date);
    expect(dates).toEqual([
      '2027-03-22',
      '2027-04-05',
      '2027-04-12',
      '2027-04-19',
      '2027-04-26',
      '2027-05-10',
      '2027-05-17',
      '2027-05-24',
    ]);
  });

  it('hides create and edit from a facilitator', async () => {
    signInAs(ACCOUNTS.priya);
    await renderApp('/cohorts');
    await screen.findByRole('table', { name: 'Cohorts' });
    expect(screen.queryByRole('button', { name: 'New cohort' })).not.toBeInTheDocument();
  });
});

describe('enrolment and transfer', () => {
  it('says a full cohort can take no one before anyone is chosen', async () => {
    signInAs(ACCOUNTS.sam);
    const workshop = cohortByName('Flare-up planning workshop');
    await renderApp(`/cohorts/${workshop.id}`);
    const enrol = await screen.findByRole('button', { name: 'Enrol participant' });
    expect(enrol).toBeDisabled();
    expect(enrol).toHaveAccessibleDescription(
      'Full (20 of 20 places): no one can be enrolled until a place is freed or the capacity raised.',
    );
  });

  it('shows whether each person waiting is free at the cohort’s day and time', async () => {
    signInAs(ACCOUNTS.sam);
    const cohort = cohortByName('Winter B – online evenings');
    const { user } = await renderApp(`/cohorts/${cohort.id}`);
    await user.click(await screen.findByRole('button', { name: 'Enrol participant' }));
    const dialog = await screen.findByRole('dialog');
    const group = await within(dialog).findByRole('group', { name: 'Waiting list' });
    const when = /(free on|not available on) \w+day (mornings|afternoons|evenings)/;
    const labels = group.textContent?.match(new RegExp(when, 'g')) ?? [];
    expect(labels.length).toBe(within(group).getAllByRole('button').length);
    expect(new Set(labels.map((l) => l.replace(/^(free on|not available on) /, '')))).toEqual(
      new Set([cohortSlotName(cohort)]),
    );
  });

  it('enrols someone from the waiting list', async () => {
    signInAs(ACCOUNTS.sam);
    const cohort = cohortByName('Winter B – online evenings');
    const { user } = await renderApp(`/cohorts/${cohort.id}`);
    await user.click(await screen.findByRole('button', { name: 'Enrol participant' }));
    const dialog = await screen.findByRole('dialog');
    const first = within(
      await within(dialog).findByRole('group', { name: 'Waiting list' }),
    ).getAllByRole('button')[0]!;
    const name = first.textContent!;
    await user.click(first);
    await user.click(within(dialog).getByRole('checkbox', { name: /agreement recorded/ }));
    await user.click(within(dialog).getByRole('button', { name: `Enrol ${name}` }));
    const participants = screen.getByRole('region', { name: 'Participants' });
    expect(
      await within(participants).findByRole('row', { name: new RegExp(name) }),
    ).toHaveTextContent('Confirmed');
  });

  it('transfers a participant to a later cohort, showing topics still needed', async () => {
    signInAs(ACCOUNTS.sam);
    const from = cohortByName('Autumn A – online');
    const { name, enrolment } = enrolmentsOf('Autumn A – online')[0]!;
    const { user } = await renderApp(`/cohorts/${from.id}`);
    await user.click(await screen.findByRole('button', { name: `Actions for ${name}` }));
    await user.click(await screen.findByRole('menuitem', { name: 'Transfer to a later cohort…' }));
    const dialog = await screen.findByRole('dialog', {
      name: `Transfer ${name} to a later cohort`,
    });
    expect(await within(dialog).findByText(/Still needed: \d of 8 topics/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('radio', { name: /Winter A – online/ }));
    expect(
      within(dialog).getByText('Every topic still needed is ahead in this cohort.'),
    ).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('Reason'), 'Knows another member of the group');
    await user.click(within(dialog).getByRole('button', { name: 'Transfer' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(
      within(screen.getByRole('region', { name: 'Participants' })).getByRole('row', {
        name: new RegExp(name),
      }),
    ).toHaveTextContent('Transferred');
    const moved = store.data.enrolments.find(
      (e) =>
        e.participantId === enrolment.participantId &&
        e.cohortId === cohortByName('Winter A – online').id,
    );
    expect(moved?.status).toBe('confirmed');
    const vacancy = store.data.vacancies.find((v) => v.freedByEnrolmentId === enrolment.id);
    expect(vacancy).toMatchObject({ status: 'closed' });

    // The enrolment's history keeps the transfer, who made it and why, newest first.
    await user.click(screen.getByRole('button', { name: `Enrolment history for ${name}` }));
    const history = await screen.findByRole('dialog', { name: `Enrolment history for ${name}` });
    const rows = within(history).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Transferred');
    expect(rows[1]).toHaveTextContent('Knows another member of the group');
    expect(await within(rows[1]!).findByText('Sam Patel')).toBeInTheDocument();
    expect(rows.at(-1)).toHaveTextContent('Confirmed');
    expect(store.data.audit.some((a) => a.action === 'enrolment.transfer')).toBe(true);
  });
});
