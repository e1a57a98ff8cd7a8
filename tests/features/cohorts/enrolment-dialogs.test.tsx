import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { store } from '../../../mocks/db';
import { server } from '../../../mocks/node';
import { ACCOUNTS, renderApp, signInAs } from '../../utils/render-app';
import { cohortByName, enrolmentsOf } from '../../utils/seed-lookup';

const COHORT = 'Autumn A – online';

/** The server refuses whatever is sent with these field errors (400, as the API does); the
 * bodies it was sent are kept. */
function refuse(path: string, fieldErrors: Record<string, string[]>) {
  const sent: unknown[] = [];
  server.use(
    http.post(`*/api${path}`, async ({ request }) => {
      sent.push(await request.json());
      return HttpResponse.json(
        {
          error: {
            code: 'validation_failed',
            message: 'Some details need correcting.',
            fieldErrors,
          },
        },
        { status: 400 },
      );
    }),
  );
  return sent;
}

async function openDialog(action: string, dialogName: (name: string) => string) {
  signInAs(ACCOUNTS.sam);
  const { name, enrolment } = enrolmentsOf(COHORT)[1]!;
  const { user } = await renderApp(`/cohorts/${cohortByName(COHORT).id}`);
  await user.click(await screen.findByRole('button', { name: `Actions for ${name}` }));
  await user.click(await screen.findByRole('menuitem', { name: action }));
  const dialog = await screen.findByRole('dialog', { name: dialogName(name) });
  return { user, dialog, enrolment };
}

describe('server field errors in the enrolment dialogs', () => {
  it('withdraw: the refused date shows on its field, what was typed stays, and editing clears it', async () => {
    const sent = refuse('/enrolments/:id/withdraw', {
      date: ['The withdrawal cannot be dated before they joined'],
    });
    const { user, dialog, enrolment } = await openDialog(
      'Withdraw from the course…',
      (name) => `Withdraw ${name} from the course`,
    );
    const reason = within(dialog).getByRole('textbox', { name: 'Reason' });
    const date = within(dialog).getByLabelText('Date of withdrawal');
    await user.type(reason, 'Moved out of the area');
    await user.click(within(dialog).getByRole('button', { name: 'Withdraw' }));

    await waitFor(() => expect(date).toHaveAccessibleDescription(/cannot be dated before/));
    expect(reason).toHaveValue('Moved out of the area');
    expect(reason).not.toHaveAccessibleDescription(/cannot be dated before/);
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Some details need correcting.');
    expect(sent).toEqual([{ reason: 'Moved out of the area', date: expect.any(String) }]);

    await user.clear(date);
    await user.type(date, '2026-11-20');
    await waitFor(() => expect(date).not.toHaveAccessibleDescription(/cannot be dated before/));
    expect(date).toHaveValue('2026-11-20');
    expect(store.data.enrolments.find((e) => e.id === enrolment.id)?.status).toBe(enrolment.status);
  });

  it('cannot attend: the refused session shows on its field until another is chosen', async () => {
    const sent = refuse('/enrolments/:id/cannot-attend', {
      sessionNumber: ['Their register for this session is already marked'],
    });
    const { user, dialog } = await openDialog(
      'Cannot attend a session…',
      (name) => `${name} cannot attend`,
    );
    const session = within(dialog).getByRole('combobox', { name: 'Session' });
    const note = within(dialog).getByRole('textbox', { name: /Note/ });
    const options = within(session).getAllByRole('option');
    expect(options.length).toBeGreaterThan(1);
    await user.type(note, 'Hospital appointment');
    await user.click(within(dialog).getByRole('button', { name: 'Record cancellation' }));

    await waitFor(() => expect(session).toHaveAccessibleDescription(/already marked/));
    expect(note).toHaveValue('Hospital appointment');
    expect(session).toHaveValue(options[0]!.getAttribute('value'));
    // Sent as the shared schema's output: a session number, not the select's string.
    expect(sent).toEqual([
      { sessionNumber: Number(options[0]!.getAttribute('value')), note: 'Hospital appointment' },
    ]);

    await user.selectOptions(session, options[1]!);
    await waitFor(() => expect(session).not.toHaveAccessibleDescription(/already marked/));
    expect(note).toHaveValue('Hospital appointment');
  });
});
