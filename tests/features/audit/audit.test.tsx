import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../../src/api/schemas/audit';
import { store } from '../../../mocks/db';
import { ACCOUNTS, renderApp, signInAs } from '../../utils/render-app';
import { cohortByName, enrolmentsOf } from '../../utils/seed-lookup';

let n = 0;
function pushEvent(e: Partial<AuditEvent> & Pick<AuditEvent, 'action' | 'entity' | 'entityId'>) {
  n += 1;
  store.data.audit.push({
    id: `aud_t${n}`,
    at: `2026-11-2${n % 10}T10:00:00.000Z`,
    actorId: 'stf_sam',
    actorRole: 'admin',
    before: null,
    after: null,
    requestId: `req-${n}0000000`,
    ...e,
  });
}

describe('audit trail', () => {
  it('says what happened in words, names the person and the cohort, and masks NHS numbers', async () => {
    const cohort = cohortByName('Autumn A – online');
    const { enrolment, name } = enrolmentsOf('Autumn A – online')[1]!;
    const nhs = store.data.participants.find((p) => p.id === enrolment.participantId)!.nhsNumber;
    pushEvent({
      action: 'flag.keep',
      entity: 'enrolment',
      entityId: enrolment.id,
      before: { absences: 3, status: 'breached' },
      after: { action: 'keep', reason: `Spoke to NHS ${nhs}: back next week` },
    });
    signInAs(ACCOUNTS.joanne);
    await renderApp('/audit');
    const row = await screen.findByRole('row', { name: /Kept after a breach/ });
    expect(row).toHaveTextContent('Sam Patel (admin)');
    // Someone with no waiting-list entry is named in words; the cohort links to its page by id.
    expect(within(row).getByText(name)).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: cohort.name })).toHaveAttribute(
      'href',
      `/cohorts/${cohort.id}`,
    );
    expect(row).toHaveTextContent('Decision: keep');
    expect(row).toHaveTextContent(`Reason: Spoke to NHS *** *** ${nhs.slice(-4)}: back next week`);
    expect(row).not.toHaveTextContent('flag.keep');
    expect(document.body.textContent).not.toContain(nhs);
  });

  it('links a person with a waiting-list entry to it, by id, and lists the changed fields', async () => {
    const referral = store.data.referrals.find((r) => r.status === 'waiting')!;
    const name = `${referral.givenName} ${referral.familyName}`;
    pushEvent({
      action: 'referral.update',
      entity: 'referral',
      entityId: referral.id,
      before: { urgent: false, availability: [{ day: 'mon', time: 'morning' }] },
      after: {
        urgent: true,
        availability: [
          { day: 'mon', time: 'morning' },
          { day: 'sat', time: 'evening' },
        ],
      },
    });
    signInAs(ACCOUNTS.sam);
    await renderApp('/audit');
    const row = await screen.findByRole('row', { name: /Waiting list entry changed/ });
    const link = within(row).getByRole('link', { name });
    expect(link).toHaveAttribute('href', `/waiting-list/${referral.id}`);
    const changes = within(row)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(changes).toEqual(
      expect.arrayContaining([
        'Urgency: routine → urgent',
        'Availability: Monday morning → Monday morning, Saturday evening',
      ]),
    );
    expect(row).not.toHaveTextContent('{');
  });

  it('names facilitators in a cohort change and reads an unknown action from its key', async () => {
    const cohort = cohortByName('Autumn A – online');
    const [first, second] = cohort.facilitatorIds;
    const staff = (id: string | undefined) => store.data.staff.find((s) => s.id === id)!.name;
    pushEvent({
      action: 'cohort.update',
      entity: 'cohort',
      entityId: cohort.id,
      before: { capacity: 12, facilitatorIds: [first], version: 3 },
      after: { capacity: 14, facilitatorIds: [first, second], version: 4 },
    });
    pushEvent({ action: 'cohort.archive_old', entity: 'cohort', entityId: cohort.id });
    signInAs(ACCOUNTS.sam);
    await renderApp('/audit');
    const row = await screen.findByRole('row', { name: /Cohort details changed/ });
    expect(within(row).getByText('Capacity: 12 → 14')).toBeInTheDocument();
    expect(
      within(row).getByText(`Facilitators: ${staff(first)} → ${staff(first)}, ${staff(second)}`),
    ).toBeInTheDocument();
    expect(row).not.toHaveTextContent('Version');
    expect(screen.getByRole('row', { name: /Cohort archive old/ })).toBeInTheDocument();
  });

  it('names a member of staff with a link to the staff page, and a staff action in words', async () => {
    const daniel = store.data.staff.find((s) => s.name === 'Daniel Osei')!;
    pushEvent({
      action: 'staff.deactivate',
      entity: 'staff',
      entityId: daniel.id,
      before: { active: true, role: 'facilitator' },
      after: { active: false, role: 'facilitator', reason: 'Left the service' },
    });
    signInAs(ACCOUNTS.sam);
    await renderApp('/audit');
    const row = await screen.findByRole('row', { name: /Member of staff deactivated/ });
    expect(within(row).getByRole('link', { name: 'Daniel Osei' })).toHaveAttribute(
      'href',
      '/staff',
    );
    expect(row).toHaveTextContent('Active: yes → no');
    expect(row).toHaveTextContent('Reason: Left the service');
  });

  it('filters by person, keeping the filter in the URL', async () => {
    pushEvent({ action: 'cohort.update', entity: 'cohort', entityId: 'coh_x' });
    pushEvent({
      action: 'cohort.cancel',
      entity: 'cohort',
      entityId: 'coh_y',
      actorId: 'stf_leah',
    });
    signInAs(ACCOUNTS.sam);
    const { user, router } = await renderApp('/audit');
    await screen.findByText('Cohort cancelled');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Person' }), 'Leah Brennan');
    await waitFor(() =>
      expect(screen.queryByText('Cohort details changed')).not.toBeInTheDocument(),
    );
    expect(screen.getByText('Cohort cancelled')).toBeInTheDocument();
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

  it('filters by kind of record, and shows request ids only when asked', async () => {
    const cohort = cohortByName('Autumn A – online');
    pushEvent({
      action: 'cohort.update',
      entity: 'cohort',
      entityId: cohort.id,
      requestId: 'req-kind-1',
    });
    signInAs(ACCOUNTS.joanne);
    const { user } = await renderApp('/audit');
    await screen.findByRole('table', { name: 'Audit trail' });
    expect(screen.queryByRole('columnheader', { name: 'Request id' })).toBeNull();
    expect(screen.queryByText('req-kind-1')).toBeNull();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind of record' }), 'Cohorts');
    await waitFor(() =>
      expect(
        screen
          .getAllByRole('row')
          .slice(1)
          .every((r) => /Cohort|cohort/.test(r.textContent ?? '')),
      ).toBe(true),
    );
    await user.click(screen.getByRole('checkbox', { name: 'Show request ids' }));
    expect(screen.getByRole('columnheader', { name: 'Request id' })).toBeInTheDocument();
    expect(await screen.findByText('req-kind-1')).toBeInTheDocument();
  });
});
