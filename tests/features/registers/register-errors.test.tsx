import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { store } from '../../../mocks/db';
import { server } from '../../../mocks/node';
import { ACCOUNTS, renderApp, signInAs } from '../../utils/render-app';
import { enrolmentsOf, todaysSession } from '../../utils/seed-lookup';

// A change the server does not take keeps what was typed, on its row, with
// a retry, and the header never says "All marks saved" while it is there.

const COHORT = 'Autumn A – online';

async function openTodaysRegister() {
  signInAs(ACCOUNTS.priya);
  const session = todaysSession(COHORT);
  const app = await renderApp(`/registers/${session.id}`);
  await screen.findByText(/of 18 marked/);
  return { ...app, session };
}

const recordOf = (sessionId: string, enrolmentId: string) =>
  store.data.attendance.find((a) => a.sessionId === sessionId && a.enrolmentId === enrolmentId);

function failNextSave(status = 500) {
  server.use(
    http.put(
      '*/api/sessions/:sid/attendance/:eid',
      () => HttpResponse.json({ error: { code: 'server_error', message: 'x' } }, { status }),
      { once: true },
    ),
  );
}

describe('a change the server does not take', () => {
  it('keeps a note in its field, counts it as unsaved, and saves it on Try again', async () => {
    const { user, session } = await openTodaysRegister();
    const { name, enrolment } = enrolmentsOf(COHORT)[3]!;
    failNextSave();
    await user.click(screen.getByRole('button', { name: `Add note for ${name}` }));
    const note = screen.getByLabelText(`Note for ${name}`);
    expect(note).toHaveFocus();
    await user.type(note, 'Left early for a hospital appointment');
    await user.tab();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(`${name}: not saved`);
    expect(screen.getByLabelText(`Note for ${name}`)).toHaveValue(
      'Left early for a hospital appointment',
    );
    expect(screen.getByRole('status')).toHaveTextContent('1 change not saved');
    expect(screen.queryByText('All marks saved')).not.toBeInTheDocument();

    // A mark on another row saves and refreshes the register: the failed note stays.
    const other = enrolmentsOf(COHORT)[4]!;
    await user.click(
      within(screen.getByRole('radiogroup', { name: other.name })).getByRole('radio', {
        name: 'Attended',
      }),
    );
    await waitFor(() => expect(recordOf(session.id, other.enrolment.id)?.code).toBe(5));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(/^1 change not saved: try again/),
    );
    expect(screen.getByLabelText(`Note for ${name}`)).toHaveValue(
      'Left early for a hospital appointment',
    );

    await user.click(within(alert).getByRole('button', { name: `Try again for ${name}` }));
    await waitFor(() =>
      expect(recordOf(session.id, enrolment.id)?.note).toBe(
        'Left early for a hospital appointment',
      ),
    );
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('All marks saved'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByLabelText(`Note for ${name}`)).toHaveValue(
      'Left early for a hospital appointment',
    );
  });

  it('gives a failed mark up on request, back to what the server holds', async () => {
    const { user, session } = await openTodaysRegister();
    const { name, enrolment } = enrolmentsOf(COHORT)[5]!;
    failNextSave();
    const dna = () =>
      within(screen.getByRole('radiogroup', { name })).getByRole('radio', {
        name: 'Did not attend',
      });
    await user.click(dna());
    const alert = await screen.findByRole('alert');
    expect(dna()).toHaveAttribute('aria-checked', 'true');
    expect(screen.getByRole('button', { name: 'Finalise register' })).toBeDisabled();
    expect(
      screen.getByText('Try again or discard the changes not saved first'),
    ).toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: `Discard my change for ${name}` }));
    expect(dna()).toHaveAttribute('aria-checked', 'false');
    expect(screen.getByRole('status')).toHaveTextContent('All marks saved');
    expect(screen.getByText('0 of 18 marked')).toBeInTheDocument();
    expect(recordOf(session.id, enrolment.id)).toBeUndefined();
  });

  it('keeps a failed mark when a note is then typed on the same row, and sends both', async () => {
    const { user, session } = await openTodaysRegister();
    const { name, enrolment } = enrolmentsOf(COHORT)[6]!;
    failNextSave();
    await user.click(
      within(screen.getByRole('radiogroup', { name })).getByRole('radio', { name: 'Late, seen' }),
    );
    const alert = await screen.findByRole('alert');
    await user.click(screen.getByRole('button', { name: `Add note for ${name}` }));
    await user.type(screen.getByLabelText(`Note for ${name}`), 'Train delayed');
    await user.tab();
    await waitFor(() => expect(recordOf(session.id, enrolment.id)?.note).toBe('Train delayed'));
    // The note went; the mark is still waiting on its row.
    expect(
      within(screen.getByRole('radiogroup', { name })).getByRole('radio', { name: 'Late, seen' }),
    ).toHaveAttribute('aria-checked', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('1 change not saved');
    await user.click(within(alert).getByRole('button', { name: `Try again for ${name}` }));
    await waitFor(() =>
      expect(recordOf(session.id, enrolment.id)).toMatchObject({ code: 6, note: 'Train delayed' }),
    );
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('All marks saved'));
  });

  it('still shows a failure that came back while the user was on another page', async () => {
    const { user, router } = await openTodaysRegister();
    const { name } = enrolmentsOf(COHORT)[2]!;
    let answer: () => void = () => {};
    server.use(
      http.put(
        '*/api/sessions/:sid/attendance/:eid',
        async () => {
          await new Promise<void>((resolve) => (answer = resolve));
          return HttpResponse.json(
            { error: { code: 'server_error', message: 'x' } },
            { status: 503 },
          );
        },
        { once: true },
      ),
    );
    await user.click(
      within(screen.getByRole('radiogroup', { name })).getByRole('radio', { name: 'Attended' }),
    );
    const back = router.state.location.href;
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    await user.click(screen.getByRole('link', { name: '← All registers' }));
    await screen.findByRole('heading', { name: 'Registers', level: 1 });
    expect(confirm).toHaveBeenCalled();
    answer();
    await waitFor(() => expect(router.state.location.pathname).toBe('/registers'));
    await router.navigate({ to: back });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(`${name}: not saved`);
    expect(
      within(screen.getByRole('radiogroup', { name })).getByRole('radio', { name: 'Attended' }),
    ).toHaveAttribute('aria-checked', 'true');
  });
});
