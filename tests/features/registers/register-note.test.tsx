import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { store } from '../../../mocks/db';
import { ACCOUNTS, renderApp, signInAs } from '../../utils/render-app';
import { enrolmentsOf, todaysSession } from '../../utils/seed-lookup';

// A row's note sits behind a button that says whether there is one.
const COHORT = 'Autumn A – online';

async function openTodaysRegister() {
  signInAs(ACCOUNTS.priya);
  const session = todaysSession(COHORT);
  const app = await renderApp(`/registers/${session.id}`);
  await screen.findByText(/of 18 marked/);
  return { ...app, session };
}

const noteOf = (sessionId: string, enrolmentId: string) =>
  store.data.attendance.find((a) => a.sessionId === sessionId && a.enrolmentId === enrolmentId)
    ?.note;

describe('a row’s note', () => {
  it('opens from its button, saves on Enter, and the button then says a note exists', async () => {
    const { user, session } = await openTodaysRegister();
    const { name, enrolment } = enrolmentsOf(COHORT)[2]!;
    const row = screen.getByRole('group', { name });
    expect(within(row).queryByLabelText(`Note for ${name}`)).not.toBeInTheDocument();
    const add = within(row).getByRole('button', { name: `Add note for ${name}` });
    expect(add).toHaveAttribute('aria-expanded', 'false');
    await user.click(add);
    expect(add).toHaveAttribute('aria-expanded', 'true');
    expect(within(row).getByLabelText(`Note for ${name}`)).toHaveFocus();
    await user.keyboard('Joined by phone{Enter}');
    await waitFor(() => expect(noteOf(session.id, enrolment.id)).toBe('Joined by phone'));
    expect(within(row).queryByLabelText(`Note for ${name}`)).not.toBeInTheDocument();
    const edit = within(row).getByRole('button', { name: `Edit note for ${name}` });
    expect(edit).toHaveFocus();
    expect(edit).toHaveAttribute('aria-expanded', 'false');

    // Reopened, it shows the note; Escape closes it without saving what was typed.
    await user.click(edit);
    const field = within(row).getByLabelText(`Note for ${name}`);
    expect(field).toHaveValue('Joined by phone');
    await user.type(field, ' and left early{Escape}');
    expect(within(row).queryByLabelText(`Note for ${name}`)).not.toBeInTheDocument();
    expect(noteOf(session.id, enrolment.id)).toBe('Joined by phone');
    expect(within(row).getByRole('button', { name: `Edit note for ${name}` })).toHaveFocus();
  });

  it('stays open while marks elsewhere refresh the register, and does not take the focus back', async () => {
    const { user } = await openTodaysRegister();
    const [first, second] = enrolmentsOf(COHORT);
    await user.click(screen.getByRole('button', { name: `Add note for ${first!.name}` }));
    await user.keyboard('Arrived late');
    await user.tab(); // the field's blur saves the note
    await user.click(
      within(screen.getByRole('radiogroup', { name: second!.name })).getByRole('radio', {
        name: 'Attended',
      }),
    );
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('All marks saved'));
    expect(screen.getByLabelText(`Note for ${first!.name}`)).toHaveValue('Arrived late');
    expect(screen.getByLabelText(`Note for ${first!.name}`)).not.toHaveFocus();
  });
});
