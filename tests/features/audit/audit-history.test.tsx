import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { store } from '../../../mocks/db';
import { ACCOUNTS, renderApp, signInAs } from '../../utils/render-app';
import { cohortByName, enrolmentsOf } from '../../utils/seed-lookup';

// "History" on a record's own page opens the audit trail filtered to that record, by its kind
// and id in the URL's search, never its name.

function pushEvent(id: string, action: string, entity: string, entityId: string, after: unknown) {
  store.data.audit.push({
    id,
    at: '2026-11-20T10:00:00.000Z',
    actorId: 'stf_sam',
    actorRole: 'admin',
    action,
    entity,
    entityId,
    before: null,
    after,
    requestId: `req-${id}-000`,
  });
}

describe('History links', () => {
  it('from a cohort page: only that cohort, in words, until every record is asked for', async () => {
    const cohort = cohortByName('Autumn A – online');
    const other = cohortByName('Autumn B – online evenings');
    pushEvent('h1', 'cohort.update', 'cohort', cohort.id, { capacity: 18 });
    pushEvent('h2', 'cohort.update', 'cohort', other.id, { capacity: 11 });
    signInAs(ACCOUNTS.sam);
    const { user, router } = await renderApp(`/cohorts/${cohort.id}`);
    await user.click(await screen.findByRole('link', { name: 'History of this cohort' }));

    expect(await screen.findByRole('heading', { name: 'Audit trail' })).toBeInTheDocument();
    expect(router.state.location.search).toEqual({ entity: 'cohort', record: cohort.id });
    expect(router.state.location.href).not.toContain(encodeURIComponent(cohort.name));
    expect(await screen.findByText(`History of ${cohort.name}`)).toBeInTheDocument();
    const rows = () =>
      within(screen.getByRole('table', { name: 'Audit trail' })).getAllByRole('row');
    await waitFor(() => expect(rows()).toHaveLength(2)); // the header and the one event
    expect(rows()[1]).toHaveTextContent('Cohort details changed');
    expect(rows()[1]).toHaveTextContent('Capacity: 18');

    await user.click(screen.getByRole('button', { name: 'Show every record' }));
    await waitFor(() => expect(screen.getByText('Capacity: 11')).toBeInTheDocument());
    expect(router.state.location.search).toEqual({});
  });

  it('from a waiting-list entry and from a place in a cohort, by kind and id', async () => {
    const referral = store.data.referrals.find((r) => r.status === 'waiting')!;
    signInAs(ACCOUNTS.joanne);
    const first = await renderApp(`/waiting-list/${referral.id}`);
    const link = await screen.findByRole('link', { name: 'History of this entry' });
    expect(link).toHaveAttribute('href', `/audit?entity=referral&record=${referral.id}`);
    first.unmount();

    const cohort = cohortByName('Autumn A – online');
    const { enrolment, name } = enrolmentsOf('Autumn A – online')[0]!;
    const { user } = await renderApp(`/cohorts/${cohort.id}`);
    await user.click(await screen.findByRole('button', { name: `Enrolment history for ${name}` }));
    const dialog = await screen.findByRole('dialog');
    expect(
      within(dialog).getByRole('link', { name: 'Every change to this place in the audit trail' }),
    ).toHaveAttribute('href', `/audit?entity=enrolment&record=${enrolment.id}`);
  });

  it('is not shown to a facilitator, who cannot read the trail', async () => {
    const cohort = cohortByName('Autumn A – online');
    signInAs(ACCOUNTS.priya);
    await renderApp(`/cohorts/${cohort.id}`);
    expect(await screen.findByRole('heading', { name: cohort.name })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'History of this cohort' })).not.toBeInTheDocument();
  });
});
