import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { store } from '../../../mocks/db';
import { server } from '../../../mocks/node';
import { ACCOUNTS, renderApp, signInAs } from '../../utils/render-app';
import { cohortByName, enrolmentsOf, todaysSession } from '../../utils/seed-lookup';
import { call } from '../../mocks/api-client';

describe('absence flags', () => {
  it('a third absence shows as breached on the register, the cohort page and the flags page without a reload', async () => {
    signInAs(ACCOUNTS.priya);
    const session = todaysSession('Autumn A – online');
    const { name } = enrolmentsOf('Autumn A – online')[0]!;
    const { user, router } = await renderApp('/flags');
    const table = await screen.findByRole('table', { name: 'Absence flags' });
    expect(within(table).getByRole('row', { name: new RegExp(name) })).toHaveTextContent('At risk');

    await router.navigate({ to: '/registers/$sessionId', params: { sessionId: session.id } });
    const row = await screen.findByRole('group', { name });
    await user.click(within(row).getByRole('radio', { name: 'Did not attend' }));
    expect(within(row).getByText('Breached')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('All marks saved'));

    await router.navigate({ to: '/cohorts/$cohortId', params: { cohortId: session.cohortId } });
    const participants = await screen.findByRole('region', { name: 'Participants' });
    await waitFor(() =>
      expect(within(participants).getByRole('row', { name: new RegExp(name) })).toHaveTextContent(
        'Breached',
      ),
    );

    await router.navigate({ to: '/flags', search: { status: 'breached' } });
    const flags = await screen.findByRole('table', { name: 'Absence flags' });
    await waitFor(() =>
      expect(within(flags).getByRole('row', { name: new RegExp(name) })).toHaveTextContent(
        'Breached',
      ),
    );
    expect(within(flags).getByRole('row', { name: new RegExp(name) })).toHaveTextContent(
      /Session 5, .*: Did not attend/,
    );
  });

  it('keeps a breached participant with a documented reason; the flag shows as reviewed', async () => {
    signInAs(ACCOUNTS.sam);
    const { name, enrolment } = enrolmentsOf('Autumn C – Finsbury (face to face)')[0]!;
    const { user } = await renderApp('/flags?status=breached');
    await user.click(
      await screen.findByRole('button', {
        name: new RegExp(`^(Act on breach|Record contact) for ${name}$`),
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: `Absence flag: ${name}` });
    await user.click(
      within(dialog).getByRole('radio', { name: 'Keep in this cohort, with a documented reason' }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(
      await within(dialog).findByText('Give a reason of at least 3 characters'),
    ).toBeInTheDocument();
    await user.type(
      within(dialog).getByLabelText('Reason'),
      'Absences were hospital appointments; catching up well',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(
      await screen.findByText(/Reviewed: kept \(Absences were hospital appointments/),
    ).toBeInTheDocument();
    expect(
      store.data.audit.some((a) => a.action === 'flag.keep' && a.entityId === enrolment.id),
    ).toBe(true);
  });

  it('shows the server’s refusal of a reason on the field, keeps it, and clears it on edit', async () => {
    signInAs(ACCOUNTS.sam);
    const { name, enrolment } = enrolmentsOf('Autumn C – Finsbury (face to face)')[0]!;
    server.use(
      http.post('*/api/flags/:enrolmentId/resolve', () =>
        HttpResponse.json(
          {
            error: {
              code: 'validation_failed',
              message: 'Some details need correcting.',
              fieldErrors: {
                reason: ['Say what was agreed with them'],
                _form: ['A review needs the reason in full'],
              },
            },
          },
          { status: 400 },
        ),
      ),
    );
    const { user } = await renderApp('/flags?status=breached');
    await user.click(
      await screen.findByRole('button', {
        name: new RegExp(`^(Act on breach|Record contact) for ${name}$`),
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: `Absence flag: ${name}` });
    await user.click(
      within(dialog).getByRole('radio', { name: 'Keep in this cohort, with a documented reason' }),
    );
    const reason = within(dialog).getByRole('textbox', { name: 'Reason' });
    await user.type(reason, 'Doing well');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() =>
      expect(reason).toHaveAccessibleDescription(/Say what was agreed with them/),
    );
    expect(reason).toHaveValue('Doing well');
    expect(reason).toHaveFocus();
    const alert = within(dialog).getByRole('alert');
    expect(alert).toHaveTextContent('Some details need correcting.');
    expect(alert).toHaveTextContent('A review needs the reason in full');
    expect(alert).not.toHaveTextContent('Say what was agreed');

    await user.type(reason, '; agreed to catch up on pacing');
    await waitFor(() =>
      expect(reason).not.toHaveAccessibleDescription(/Say what was agreed with them/),
    );
    expect(reason).toHaveAccessibleDescription('Kept in the audit trail');
    expect(reason).toHaveValue('Doing well; agreed to catch up on pacing');
    expect(store.data.enrolments.find((e) => e.id === enrolment.id)?.status).toBe(enrolment.status);
  });

  it('withdraws a breached participant: removed after absences, place freed', async () => {
    signInAs(ACCOUNTS.sam);
    const { name, enrolment } = enrolmentsOf('Autumn C – Finsbury (face to face)')[0]!;
    const { user } = await renderApp('/flags');
    await user.click(
      await screen.findByRole('button', {
        name: new RegExp(`^(Act on breach|Record contact) for ${name}$`),
      }),
    );
    const dialog = await screen.findByRole('dialog');
    await user.click(
      within(dialog).getByRole('radio', { name: 'Withdraw (remove after absences)' }),
    );
    await user.type(
      within(dialog).getByLabelText('Reason'),
      'Agreed with the participant by phone',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(store.data.enrolments.find((e) => e.id === enrolment.id)?.status).toBe(
        'removed_after_absences',
      ),
    );
    expect(store.data.vacancies.find((v) => v.freedByEnrolmentId === enrolment.id)?.status).toBe(
      'closed',
    );
    await waitFor(() =>
      expect(screen.queryByRole('row', { name: new RegExp(name) })).not.toBeInTheDocument(),
    );
  });

  it('records contact with someone at risk', async () => {
    signInAs(ACCOUNTS.priya);
    const { name } = enrolmentsOf('Autumn A – online')[0]!;
    const { user } = await renderApp('/flags');
    await user.click(
      await screen.findByRole('button', {
        name: new RegExp(`^(Act on breach|Record contact) for ${name}$`),
      }),
    );
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('Note'), 'Phoned; will join next week');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/^Contacted /)).toBeInTheDocument();
  });

  it('refuses flag actions for someone not flagged (409) and changes nothing', async () => {
    const { enrolment } = enrolmentsOf('Autumn A – online')[10]!;
    const before = JSON.stringify(store.data.enrolments);
    const r = await call('POST', `/flags/${enrolment.id}/resolve`, {
      as: ACCOUNTS.sam,
      body: { action: 'keep', reason: 'No reason at all' },
      headers: { 'If-Match': `"${enrolment.version}"` },
    });
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe('not_flagged');
    expect(JSON.stringify(store.data.enrolments)).toBe(before);
    expect(
      (
        await call('POST', `/flags/${enrolment.id}/contacts`, {
          as: ACCOUNTS.joanne,
          body: { date: '2026-11-23', note: 'x' },
        })
      ).status,
    ).toBe(403);
  });

  it('re-evaluates every flag when an admin changes the threshold', async () => {
    signInAs(ACCOUNTS.sam);
    const { user, router } = await renderApp('/settings');
    const threshold = await screen.findByRole('textbox', { name: 'Absences allowed' });
    await user.clear(threshold);
    await user.type(threshold, '3');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Saved. Every flag has been re-evaluated.')).toBeInTheDocument();
    expect(store.data.settings.absenceThreshold).toBe(3);
    expect(store.data.audit.some((a) => a.action === 'settings.update')).toBe(true);
    await router.navigate({ to: '/flags' });
    const { name } = enrolmentsOf('Autumn A – online')[0]!; // 2 absences: no longer at risk at 3
    await screen.findByRole('table', { name: 'Absence flags' });
    expect(screen.queryByRole('row', { name: new RegExp(name) })).not.toBeInTheDocument();
    const three = enrolmentsOf('Autumn C – Finsbury (face to face)')[0]!; // 3 absences: breached at 2, at risk at 3
    expect(screen.getByRole('row', { name: new RegExp(three.name) })).toHaveTextContent('At risk');
    expect(cohortByName('Autumn C – Finsbury (face to face)').status).toBe('running');
  });
});
