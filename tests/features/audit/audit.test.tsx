import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { store } from '../../../mocks/db';
import { ACCOUNTS, renderApp, signInAs } from '../../utils/render-app';
import { enrolmentsOf } from '../../utils/seed-lookup';

describe('audit trail', () => {
  it('shows who changed what, names the participant and masks NHS numbers', async () => {
    const { enrolment, name } = enrolmentsOf('Autumn A – online')[1]!;
    const nhs = store.data.participants.find((p) => p.id === enrolment.participantId)!.nhsNumber;
    store.data.audit.push({
      id: 'aud_test',
      at: '2026-11-20T10:00:00.000Z',
      actorId: 'stf_sam',
      actorRole: 'admin',
      action: 'enrolment.update',
      entity: 'enrolment',
      entityId: enrolment.id,
      before: { note: 'old' },
      after: { note: `NHS ${nhs} called`, nhsNumber: nhs },
      requestId: 'req-12345678',
    });
    signInAs(ACCOUNTS.joanne);
    await renderApp('/audit');
    const row = await screen.findByRole('row', {
      name: new RegExp(`enrolment ${enrolment.id}: ${name}`),
    });
    expect(row).toHaveTextContent('Sam Patel (admin)');
    expect(row).toHaveTextContent(`*** *** ${nhs.slice(-4)}`);
    expect(row).not.toHaveTextContent(nhs);
    expect(document.body.textContent).not.toContain(nhs);
  });

  it('filters by person, keeping the filter in the URL', async () => {
    store.data.audit.push(
      {
        id: 'a1',
        at: '2026-11-20T10:00:00.000Z',
        actorId: 'stf_sam',
        actorRole: 'admin',
        action: 'cohort.update',
        entity: 'cohort',
        entityId: 'coh_x',
        before: null,
        after: null,
        requestId: 'r1',
      },
      {
        id: 'a2',
        at: '2026-11-21T10:00:00.000Z',
        actorId: 'stf_leah',
        actorRole: 'admin',
        action: 'cohort.cancel',
        entity: 'cohort',
        entityId: 'coh_y',
        before: null,
        after: null,
        requestId: 'r2',
      },
    );
    signInAs(ACCOUNTS.sam);
    const { user, router } = await renderApp('/audit');
    await screen.findByText('cohort.cancel');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Person' }), 'Leah Brennan');
    await waitFor(() => expect(screen.queryByText('cohort.update')).not.toBeInTheDocument());
    expect(screen.getByText('cohort.cancel')).toBeInTheDocument();
    expect(router.state.location.search).toEqual({ actor: 'stf_leah' });
  });

  it('is not offered to facilitators', async () => {
    signInAs(ACCOUNTS.priya);
    await renderApp('/audit');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(
      within(screen.queryByRole('navigation') ?? document.body).queryByRole('link', {
        name: 'Audit trail',
      }),
    ).not.toBeInTheDocument();
  });
});
