import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { store } from '../../../mocks/db';
import { server } from '../../../mocks/node';
import { sessionStartsAt } from '../../../src/domain/session-start';
import { setTestClock } from '../../../src/lib/clock';
import { ACCOUNTS, renderApp, signInAs } from '../../utils/render-app';
import { enrolmentsOf, todaysSession } from '../../utils/seed-lookup';

const COHORT = 'Autumn A – online';

/** Today's session started `minutes` ago (its start is 10:00 London): the app and the mock
 * read the test clock (src/lib/clock.ts), whatever the time the suite runs at. */
function startedMinutesAgo(minutes: number) {
  const session = todaysSession(COHORT);
  const start = sessionStartsAt(session.date, session.startTime).getTime();
  setTestClock(new Date(start + minutes * 60_000));
}

async function openTodaysRegister(account: string = ACCOUNTS.priya) {
  signInAs(account);
  const session = todaysSession(COHORT);
  const app = await renderApp(`/registers/${session.id}`);
  await screen.findByText(/of 18 marked/);
  return { ...app, session };
}

function recordOf(sessionId: string, enrolmentId: string) {
  return store.data.attendance.find(
    (a) => a.sessionId === sessionId && a.enrolmentId === enrolmentId,
  );
}

describe('taking a register', () => {
  it('has one radio group per participant, named by the participant, with the five codes', async () => {
    await openTodaysRegister();
    const groups = screen.getAllByRole('radiogroup');
    expect(groups).toHaveLength(18);
    const { name } = enrolmentsOf(COHORT)[3]!;
    const group = screen.getByRole('radiogroup', { name });
    expect(
      within(group)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('aria-label')),
    ).toEqual([
      'Attended',
      'Late, seen',
      'Late, not seen',
      'Cancelled (gave notice)',
      'Did not attend',
    ]);
    expect(screen.getByText('0 of 18 marked')).toBeInTheDocument();
  });

  it('saves a mark at once and counts progress', async () => {
    const { user, session } = await openTodaysRegister();
    const { name, enrolment } = enrolmentsOf(COHORT)[5]!;
    await user.click(
      within(screen.getByRole('radiogroup', { name })).getByRole('radio', { name: 'Late, seen' }),
    );
    expect(
      within(screen.getByRole('radiogroup', { name })).getByRole('radio', { name: 'Late, seen' }),
    ).toHaveAttribute('aria-checked', 'true');
    expect(screen.getByText('1 of 18 marked')).toBeInTheDocument();
    await waitFor(() => expect(recordOf(session.id, enrolment.id)?.code).toBe(6));
  });

  it('shows absences so far and turns at risk into breached on a third absence', async () => {
    const { user } = await openTodaysRegister();
    const { name } = enrolmentsOf(COHORT)[0]!; // seeded with absences at sessions 2 and 3
    const row = screen.getByRole('group', { name });
    expect(within(row).getByText('Absences: 2')).toBeInTheDocument();
    expect(within(row).getByText('At risk')).toBeInTheDocument();
    await user.click(within(row).getByRole('radio', { name: 'Did not attend' }));
    expect(within(row).getByText('Absences: 3')).toBeInTheDocument();
    expect(within(row).getByText('Breached')).toBeInTheDocument();
    await user.click(
      within(row).getByRole('checkbox', { name: `Catch-up sent by hand to ${name}` }),
    );
    expect(
      within(row).getByRole('checkbox', { name: `Catch-up sent by hand to ${name}` }),
    ).toBeChecked();
  });

  it('marks with the keyboard alone: a letter marks the row and moves to the next', async () => {
    const { user, session } = await openTodaysRegister();
    const firstRadio = screen.getAllByRole('radio', { name: 'Attended' })[0]!;
    firstRadio.focus();
    await user.keyboard('d');
    await user.keyboard('a');
    // now on row 3, first option; arrows move without marking, Space marks
    await user.keyboard('{ArrowDown}{ArrowRight}');
    const groups = screen.getAllByRole('radiogroup');
    expect(within(groups[3]!).getByRole('radio', { name: 'Late, seen' })).toHaveFocus();
    expect(within(groups[2]!).getByRole('radio', { name: 'Attended' })).toHaveAttribute(
      'aria-checked',
      'false',
    );
    await user.keyboard(' ');
    expect(within(groups[0]!).getByRole('radio', { name: 'Did not attend' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    expect(within(groups[1]!).getByRole('radio', { name: 'Attended' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    expect(within(groups[3]!).getByRole('radio', { name: 'Late, seen' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    expect(screen.getByText('3 of 18 marked')).toBeInTheDocument();
    await waitFor(() =>
      expect(store.data.attendance.filter((a) => a.sessionId === session.id)).toHaveLength(3),
    );
  });

  it('marks all attended, finalises, then asks a reason for an amendment', async () => {
    startedMinutesAgo(30);
    const { user, session } = await openTodaysRegister();
    expect(screen.getByRole('button', { name: 'Finalise register' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Mark all attended' }));
    expect(screen.getByText('18 of 18 marked')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Finalise register' })).toBeEnabled();
    // Finalising queues behind the 18 marks still being sent, then succeeds.
    await user.click(screen.getByRole('button', { name: 'Finalise register' }));
    const confirm = await screen.findByRole('dialog', { name: /Finalise the register/ });
    await user.click(within(confirm).getByRole('button', { name: 'Finalise now' }));
    expect(
      await screen.findByText('Register finalised', {}, { timeout: 8000 }),
    ).toBeInTheDocument();
    const { name, enrolment } = enrolmentsOf(COHORT)[2]!;
    await user.click(
      within(screen.getByRole('radiogroup', { name })).getByRole('radio', {
        name: 'Late, not seen',
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Reason for amendment' });
    expect(dialog).toHaveTextContent(`${name}: Attended → Late, not seen`);
    await user.type(within(dialog).getByLabelText('Reason'), 'Arrived after the check-in closed');
    await user.click(within(dialog).getByRole('button', { name: 'Save amendment' }));
    await waitFor(() => expect(recordOf(session.id, enrolment.id)?.code).toBe(7));
    const amendment = store.data.audit.find((a) => a.action === 'attendance.amend');
    expect(amendment?.after).toMatchObject({
      code: 7,
      amendmentReason: 'Arrived after the check-in closed',
    });
  }, 45_000);

  it('moves focus into the lazily loaded amendment dialog and back to the register when it closes', async () => {
    startedMinutesAgo(30);
    const { user } = await openTodaysRegister();
    await user.click(screen.getByRole('button', { name: 'Mark all attended' }));
    await user.click(screen.getByRole('button', { name: 'Finalise register' }));
    await user.click(await screen.findByRole('button', { name: 'Finalise now' }));
    await screen.findByText('Register finalised', {}, { timeout: 8000 });
    const { name } = enrolmentsOf(COHORT)[2]!;
    const radio = within(screen.getByRole('radiogroup', { name })).getByRole('radio', {
      name: 'Did not attend',
    });
    await user.click(radio);
    const dialog = await screen.findByRole('dialog', { name: 'Reason for amendment' });
    await waitFor(() => expect(within(dialog).getByLabelText('Reason')).toHaveFocus());
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(radio).toHaveFocus());
  }, 45_000);

  it('shows a colleague\u2019s conflicting mark and lets the user choose', async () => {
    const { user, session } = await openTodaysRegister();
    const { name, enrolment } = enrolmentsOf(COHORT)[4]!;
    store.data.attendance.push({
      id: 'att_colleague',
      sessionId: session.id,
      enrolmentId: enrolment.id,
      code: 3,
      note: '',
      catchUpSent: false,
      updatedAt: new Date().toISOString(),
      updatedBy: 'stf_tom',
      version: 1,
    });
    await user.click(
      within(screen.getByRole('radiogroup', { name })).getByRole('radio', { name: 'Attended' }),
    );
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('row', { name: /^Mark/ })).toHaveTextContent(
      'MarkDid not attendAttended',
    );
    expect(recordOf(session.id, enrolment.id)?.code).toBe(3);
    await user.click(
      within(alert).getByRole('button', { name: `Save mine over theirs for ${name}` }),
    );
    await waitFor(() => expect(recordOf(session.id, enrolment.id)?.code).toBe(5));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('refuses to mark someone present before their group agreement, then records it', async () => {
    const { enrolment, name } = enrolmentsOf(COHORT)[6]!;
    enrolment.agreementRecordedAt = null;
    const { user } = await openTodaysRegister();
    const group = screen.getByRole('radiogroup', { name });
    expect(within(group).getByRole('radio', { name: 'Attended' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    within(group).getByRole('radio', { name: 'Attended' }).focus();
    await user.keyboard('a');
    expect(await screen.findByRole('alert')).toHaveTextContent('Record the group agreement');
    await user.click(screen.getByRole('button', { name: `Record group agreement for ${name}` }));
    await waitFor(() =>
      expect(within(group).getByRole('radio', { name: 'Attended' })).not.toHaveAttribute(
        'aria-disabled',
      ),
    );
    await user.click(within(group).getByRole('radio', { name: 'Attended' }));
    expect(within(group).getByRole('radio', { name: 'Attended' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
  });

  it('keeps a mark the server failed to save on screen, says why, and tries again', async () => {
    const { user, session } = await openTodaysRegister();
    server.use(
      http.put(
        '*/api/sessions/:sid/attendance/:eid',
        () => HttpResponse.json({ error: { code: 'server_error', message: 'x' } }, { status: 500 }),
        { once: true },
      ),
    );
    const { name, enrolment } = enrolmentsOf(COHORT)[7]!;
    const attended = () =>
      within(screen.getByRole('radiogroup', { name })).getByRole('radio', { name: 'Attended' });
    await user.click(attended());
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(`${name}: not saved`);
    expect(alert).toHaveTextContent('The server had a problem');
    expect(attended()).toHaveAttribute('aria-checked', 'true');
    expect(screen.getByText(/^1 change not saved: try again/)).toBeInTheDocument();
    expect(recordOf(session.id, enrolment.id)).toBeUndefined();
    await user.click(within(alert).getByRole('button', { name: `Try again for ${name}` }));
    await waitFor(() => expect(recordOf(session.id, enrolment.id)?.code).toBe(5));
    await waitFor(() => expect(screen.getByText('All marks saved')).toBeInTheDocument());
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('keeps a mark through a dropped connection and sends it once when it returns', async () => {
    const { user, session } = await openTodaysRegister();
    server.use(
      http.put('*/api/sessions/:sid/attendance/:eid', () => HttpResponse.error(), { once: true }),
    );
    const { name, enrolment } = enrolmentsOf(COHORT)[8]!;
    await user.click(
      within(screen.getByRole('radiogroup', { name })).getByRole('radio', {
        name: 'Cancelled (gave notice)',
      }),
    );
    expect(await screen.findByText(/^The server is not answering/)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('All marks saved'), {
      timeout: 4000,
    });
    expect(recordOf(session.id, enrolment.id)).toMatchObject({ code: 2, version: 1 });
  });
});
