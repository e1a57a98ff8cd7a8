import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { store } from '../../../mocks/db';
import { server } from '../../../mocks/node';
import type { AttendanceRecord } from '../../../src/api/schemas/attendance';
import { NOTE_SEPARATOR } from '../../../src/domain/note-join';
import { ACCOUNTS, renderApp, signInAs } from '../../utils/render-app';
import { enrolmentsOf, todaysSession } from '../../utils/seed-lookup';

// Two facilitators change one person's row at once. The row shows the notice every form shows
// (who saved theirs and when, the fields where theirs and mine differ, in words), and "Load their
// version", "Save mine over theirs" or, for notes, "Keep both": nothing is chosen blind or lost.

const COHORT = 'Autumn A – online';
const THEIR_NOTE = 'Phoned at 9: running late, will join by video';
const MY_NOTE = 'Left at the break for a hospital appointment';

async function openTodaysRegister() {
  signInAs(ACCOUNTS.priya);
  const session = todaysSession(COHORT);
  const app = await renderApp(`/registers/${session.id}`);
  await screen.findByText(/of 18 marked/);
  return { ...app, session };
}

const recordOf = (sessionId: string, enrolmentId: string) =>
  store.data.attendance.find((a) => a.sessionId === sessionId && a.enrolmentId === enrolmentId);

/** Tom saves first, on the server, after this page has loaded the register. */
function colleagueSaves(sessionId: string, enrolmentId: string, record: Partial<AttendanceRecord>) {
  const theirs: AttendanceRecord = {
    id: 'att_colleague',
    sessionId,
    enrolmentId,
    code: null,
    note: '',
    catchUpSent: false,
    updatedAt: '2026-11-28T09:05:00.000Z',
    updatedBy: 'stf_tom',
    version: 1,
    ...record,
  };
  store.data.attendance.push(theirs);
  return theirs;
}

/** The notice's table of differences: field, theirs, mine. */
function differences(alert: HTMLElement): string[][] {
  const table = within(alert).getByRole('table', { name: 'Where theirs and yours differ' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      [...within(row).getAllByRole('rowheader'), ...within(row).getAllByRole('cell')].map(
        (c) => c.textContent ?? '',
      ),
    );
}

async function typeNote(
  user: Awaited<ReturnType<typeof openTodaysRegister>>['user'],
  name: string,
  note: string,
) {
  await user.click(
    screen.getByRole('button', { name: new RegExp(`^(Add|Edit) note for ${name}$`) }),
  );
  await user.type(screen.getByRole('textbox', { name: `Note for ${name}` }), note);
  await user.tab();
}

describe('a note two facilitators wrote at once', () => {
  it('shows both notes side by side, who wrote theirs and when', async () => {
    const { user, session } = await openTodaysRegister();
    const { name, enrolment } = enrolmentsOf(COHORT)[3]!;
    colleagueSaves(session.id, enrolment.id, { note: THEIR_NOTE });
    await typeNote(user, name, MY_NOTE);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(`Tom Okafor saved ${name}'s note while you were editing`);
    expect(alert).toHaveTextContent('Saved Sat 28 Nov 2026 09:05.');
    expect(alert).toHaveTextContent('Your changes are still on this row');
    expect(
      within(alert)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Field', 'Tom Okafor', 'You']);
    expect(differences(alert)).toEqual([['Note', THEIR_NOTE, MY_NOTE]]);
    // A row's notice leaves the focus where the person is marking; role="alert" tells them.
    expect(alert).not.toHaveFocus();
    for (const label of ['Load their version', 'Save mine over theirs', 'Keep both'])
      expect(within(alert).getByRole('button', { name: `${label} for ${name}` })).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('1 change not saved');
  });

  it('keeps both: the server holds mine, then theirs, and neither is lost', async () => {
    const { user, session } = await openTodaysRegister();
    const { name, enrolment } = enrolmentsOf(COHORT)[3]!;
    colleagueSaves(session.id, enrolment.id, { note: THEIR_NOTE });
    await typeNote(user, name, MY_NOTE);
    const alert = await screen.findByRole('alert');
    await user.click(within(alert).getByRole('button', { name: `Keep both for ${name}` }));
    const joined = `${MY_NOTE}${NOTE_SEPARATOR}${THEIR_NOTE}`;
    await waitFor(() =>
      expect(recordOf(session.id, enrolment.id)).toMatchObject({ note: joined, version: 2 }),
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByLabelText(`Note for ${name}`)).toHaveValue(joined);
    await screen.findByText('All marks saved');
  });

  it('412, then "Load their version", then a later note on the row saves on their version', async () => {
    const { user, session } = await openTodaysRegister();
    const { name, enrolment } = enrolmentsOf(COHORT)[3]!;
    colleagueSaves(session.id, enrolment.id, { note: THEIR_NOTE });
    await typeNote(user, name, MY_NOTE);
    const alert = await screen.findByRole('alert');
    await user.click(within(alert).getByRole('button', { name: `Load their version for ${name}` }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    const field = screen.getByRole('textbox', { name: `Note for ${name}` });
    expect(field).toHaveValue(THEIR_NOTE);
    // Loading theirs sends nothing; the next note goes on their version (1), so it saves as 2.
    await user.type(field, '. Sent the slides');
    await user.tab();
    await waitFor(() =>
      expect(recordOf(session.id, enrolment.id)).toMatchObject({
        note: `${THEIR_NOTE}. Sent the slides`,
        version: 2,
      }),
    );
    await screen.findByText('All marks saved');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('saves mine over theirs, on their version', async () => {
    const { user, session } = await openTodaysRegister();
    const { name, enrolment } = enrolmentsOf(COHORT)[3]!;
    colleagueSaves(session.id, enrolment.id, { note: THEIR_NOTE });
    await typeNote(user, name, MY_NOTE);
    const alert = await screen.findByRole('alert');
    await user.click(
      within(alert).getByRole('button', { name: `Save mine over theirs for ${name}` }),
    );
    await waitFor(() =>
      expect(recordOf(session.id, enrolment.id)).toMatchObject({ note: MY_NOTE, version: 2 }),
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    // Focus stays on the row, on its marks, rather than falling to the top of the page.
    expect(within(screen.getByRole('radiogroup', { name })).getAllByRole('radio')[0]).toHaveFocus();
  });

  it('lets two long notes be shortened to fit before they are kept together', async () => {
    const { user, session } = await openTodaysRegister();
    const { name, enrolment } = enrolmentsOf(COHORT)[3]!;
    const theirs = `Theirs ${'t'.repeat(290)}`;
    const mine = `Mine ${'m'.repeat(290)}`;
    colleagueSaves(session.id, enrolment.id, { note: theirs });
    await user.click(
      screen.getByRole('button', { name: new RegExp(`^(Add|Edit) note for ${name}$`) }),
    );
    const field = screen.getByRole('textbox', { name: `Note for ${name}` });
    await user.click(field);
    await user.paste(mine);
    await user.tab();
    const alert = await screen.findByRole('alert');
    await user.click(within(alert).getByRole('button', { name: `Keep both for ${name}` }));
    const joined = within(alert).getByLabelText(`Both notes for ${name}, joined`);
    expect(joined).toHaveValue(`${mine}${NOTE_SEPARATOR}${theirs}`);
    expect(alert).toHaveTextContent('95 characters too long');
    const save = within(alert).getByRole('button', { name: 'Save joined note' });
    expect(save).toBeDisabled();
    const short = `Mine ${'m'.repeat(190)}${NOTE_SEPARATOR}${theirs}`;
    await user.clear(joined);
    await user.click(joined);
    await user.paste(short);
    await user.click(save);
    await waitFor(() => expect(recordOf(session.id, enrolment.id)?.note).toBe(short));
  });
});

describe('a mark two facilitators made at once', () => {
  it('412 with their record, named in words; "Load their version", then a later mark saves', async () => {
    const { user, session } = await openTodaysRegister();
    const { name, enrolment } = enrolmentsOf(COHORT)[4]!;
    const theirs = colleagueSaves(session.id, enrolment.id, { code: 3 });
    // The server answers this one save with the colleague's version, as a stale If-Match gets.
    server.use(
      http.put(
        '*/api/sessions/:sid/attendance/:eid',
        () =>
          HttpResponse.json(
            {
              error: { code: 'stale_version', message: 'Changed by someone else', current: theirs },
            },
            { status: 412 },
          ),
        { once: true },
      ),
    );
    await user.click(
      within(screen.getByRole('radiogroup', { name })).getByRole('radio', { name: 'Attended' }),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(`Tom Okafor saved ${name}'s mark while you were editing`);
    expect(differences(alert)).toEqual([['Mark', 'Did not attend', 'Attended']]);
    // No notes here, so nothing to join.
    expect(within(alert).queryByRole('button', { name: /Keep both/ })).not.toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: `Load their version for ${name}` }));
    expect(
      within(screen.getByRole('radiogroup', { name })).getByRole('radio', {
        name: 'Did not attend',
      }),
    ).toHaveAttribute('aria-checked', 'true');
    expect(recordOf(session.id, enrolment.id)?.code).toBe(3);
    // A later mark on the row goes on their version: saved, never stale again.
    await user.click(
      within(screen.getByRole('radiogroup', { name })).getByRole('radio', { name: 'Late, seen' }),
    );
    await waitFor(() =>
      expect(recordOf(session.id, enrolment.id)).toMatchObject({ code: 6, version: 2 }),
    );
    await screen.findByText('All marks saved');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
