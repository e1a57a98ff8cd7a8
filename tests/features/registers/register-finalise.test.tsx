import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { store } from '../../../mocks/db';
import { sessionStartsAt } from '../../../src/domain/session-start';
import { setTestClock } from '../../../src/lib/clock';
import { ACCOUNTS, renderApp, signInAs } from '../../utils/render-app';
import { enrolmentsOf, todaysSession } from '../../utils/seed-lookup';

const COHORT = 'Autumn A – online';

/** Sets the clock (app and mock alike) `minutes` from the start of today's session (10:00). */
function clockAt(minutes: number) {
  const session = todaysSession(COHORT);
  const start = sessionStartsAt(session.date, session.startTime).getTime();
  setTestClock(new Date(start + minutes * 60_000));
}

async function openTodaysRegister() {
  signInAs(ACCOUNTS.priya);
  const session = todaysSession(COHORT);
  const app = await renderApp(`/registers/${session.id}`);
  await screen.findByText(/of 18 marked/);
  return { ...app, session };
}

// Each marks 18 people and goes through dialogs: room on a busy machine.
const SLOW = 45_000;

const finaliseButton = () => screen.getByRole('button', { name: 'Finalise register' });

describe('finalising a register', () => {
  it(
    'is refused before the session starts, saying when it can be done',
    async () => {
      clockAt(-5);
      const { user } = await openTodaysRegister();
      await user.click(screen.getByRole('button', { name: 'Mark all attended' }));
      expect(screen.getByText('18 of 18 marked')).toBeInTheDocument();
      expect(finaliseButton()).toBeDisabled();
      expect(finaliseButton()).toHaveAccessibleDescription(
        'You can finalise once the session has started at 10:00.',
      );
      // Nothing left on its way when the test ends: the outbox outlives the page, and would
      // send these marks into the next test's data.
      expect(await screen.findByText('All marks saved', {}, { timeout: 8000 })).toBeInTheDocument();
    },
    SLOW,
  );

  it(
    'says who is still to mark while someone is not marked',
    async () => {
      clockAt(10);
      const people = enrolmentsOf(COHORT);
      // "Mark all attended" passes over people whose group agreement is not recorded.
      people[16]!.enrolment.agreementRecordedAt = null;
      people[17]!.enrolment.agreementRecordedAt = null;
      const { user } = await openTodaysRegister();
      await user.click(screen.getByRole('button', { name: 'Mark all attended' }));
      expect(screen.getByText('16 of 18 marked')).toBeInTheDocument();
      expect(finaliseButton()).toBeDisabled();
      // Names in the register's order (by name).
      const [first, second] = [people[16]!.name, people[17]!.name].sort((x, y) =>
        x.split(' ').reverse().join(' ').localeCompare(y.split(' ').reverse().join(' ')),
      );
      expect(finaliseButton()).toHaveAccessibleDescription(`2 still to mark: ${first}, ${second}`);
      expect(await screen.findByText('All marks saved', {}, { timeout: 8000 })).toBeInTheDocument();
    },
    SLOW,
  );

  it(
    'asks first, naming who is absent and counting; Cancel keeps it open, Finalise now closes it',
    async () => {
      clockAt(30);
      const { user, session } = await openTodaysRegister();
      const people = enrolmentsOf(COHORT);
      await user.click(screen.getByRole('button', { name: 'Mark all attended' }));
      await user.click(
        within(screen.getByRole('radiogroup', { name: people[2]!.name })).getByRole('radio', {
          name: 'Did not attend',
        }),
      );
      await user.click(
        within(screen.getByRole('radiogroup', { name: people[7]!.name })).getByRole('radio', {
          name: 'Cancelled (gave notice)',
        }),
      );
      await user.click(finaliseButton());
      const dialog = await screen.findByRole(
        'dialog',
        { name: 'Finalise the register for session 5?' },
        { timeout: 10_000 },
      );
      expect(dialog).toHaveTextContent('18 people on the register, 16 people present, 2 absent.');
      const absent = within(dialog).getByRole('list', { name: 'Absent' });
      expect(
        within(absent)
          .getAllByRole('listitem')
          .map((li) => li.textContent),
      ).toEqual([
        `${people[2]!.name}: Did not attend`,
        `${people[7]!.name}: Cancelled (gave notice)`,
      ]);
      expect(dialog).toHaveTextContent('Not marked (0)');
      expect(dialog).toHaveTextContent('Everyone is marked.');
      await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
      expect(store.data.sessions.find((s) => s.id === session.id)?.registerFinalisedAt).toBeNull();

      await waitFor(() => expect(finaliseButton()).toBeEnabled(), { timeout: 8000 });
      await user.click(finaliseButton());
      const again = await screen.findByRole(
        'dialog',
        { name: /Finalise the register/ },
        { timeout: 10_000 },
      );
      await waitFor(() =>
        expect(within(again).getByRole('button', { name: 'Finalise now' })).toHaveFocus(),
      );
      await user.keyboard('{Enter}');
      expect(
        await screen.findByText('Register finalised', {}, { timeout: 8000 }),
      ).toBeInTheDocument();
      expect(store.data.sessions.find((s) => s.id === session.id)?.registerFinalisedAt).toBe(
        new Date(
          sessionStartsAt(session.date, session.startTime).getTime() + 30 * 60_000,
        ).toISOString(),
      );
    },
    SLOW,
  );

  it(
    'enables itself when the start time comes, with the page left open',
    async () => {
      clockAt(-2 / 60); // two seconds before the start
      const { user } = await openTodaysRegister();
      await user.click(screen.getByRole('button', { name: 'Mark all attended' }));
      expect(finaliseButton()).toBeDisabled();
      clockAt(1);
      // No click, no reload: the bar's own timer notices the start.
      await waitFor(() => expect(finaliseButton()).toBeEnabled(), { timeout: 10_000 });
    },
    SLOW,
  );
});

describe('amending a finalised register', () => {
  async function finalisedRegister() {
    clockAt(30);
    const app = await openTodaysRegister();
    await app.user.click(screen.getByRole('button', { name: 'Mark all attended' }));
    await app.user.click(finaliseButton());
    await app.user.click(await screen.findByRole('button', { name: 'Finalise now' }));
    await screen.findByText('Register finalised', {}, { timeout: 8000 });
    return app;
  }

  it(
    'names the person and the change: "Name: Attended → Did not attend"',
    async () => {
      const { user } = await finalisedRegister();
      const { name } = enrolmentsOf(COHORT)[1]!;
      await user.click(
        within(screen.getByRole('radiogroup', { name })).getByRole('radio', {
          name: 'Did not attend',
        }),
      );
      const dialog = await screen.findByRole('dialog', { name: 'Reason for amendment' });
      expect(dialog).toHaveTextContent(`${name}: Attended → Did not attend`);
    },
    SLOW,
  );

  it(
    'cancelling a note amendment puts the note back as saved, and nothing is sent',
    async () => {
      const { user, session } = await finalisedRegister();
      const { name, enrolment } = enrolmentsOf(COHORT)[3]!;
      await user.click(
        screen.getByRole('button', { name: new RegExp(`^(Add|Edit) note for ${name}$`) }),
      );
      const note = screen.getByRole('textbox', { name: `Note for ${name}` });
      await user.type(note, 'Left early');
      await user.tab();
      const dialog = await screen.findByRole('dialog', { name: 'Reason for amendment' });
      expect(dialog).toHaveTextContent(`${name}: note no note → “Left early”`);
      await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
      expect(screen.getByRole('textbox', { name: `Note for ${name}` })).toHaveValue('');
      const record = store.data.attendance.find(
        (a) => a.sessionId === session.id && a.enrolmentId === enrolment.id,
      );
      expect(record?.note).toBe('');
      expect(store.data.audit.some((a) => a.action === 'attendance.amend')).toBe(false);
    },
    SLOW,
  );

  it(
    'cancelling a mark amendment puts the mark back',
    async () => {
      const { user } = await finalisedRegister();
      const { name } = enrolmentsOf(COHORT)[4]!;
      const group = () => screen.getByRole('radiogroup', { name });
      await user.click(within(group()).getByRole('radio', { name: 'Late, seen' }));
      const dialog = await screen.findByRole('dialog', { name: 'Reason for amendment' });
      await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
      expect(within(group()).getByRole('radio', { name: 'Attended' })).toHaveAttribute(
        'aria-checked',
        'true',
      );
    },
    SLOW,
  );
});
