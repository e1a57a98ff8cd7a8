import { screen, waitFor, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { store } from '../../../mocks/db';
import { server } from '../../../mocks/node';
import { ACCOUNTS, renderApp, signInAs } from '../../utils/render-app';
import { setOnline } from '../../utils/connection';
import { enrolmentsOf, todaysSession } from '../../utils/seed-lookup';

// Offline is visible on the register: each waiting row says so in words,
// and the header says where the changes are; online, the header says "Saving…".

const COHORT = 'Autumn A – online';

afterEach(() => setOnline(true));

async function openTodaysRegister() {
  signInAs(ACCOUNTS.priya);
  const session = todaysSession(COHORT);
  const app = await renderApp(`/registers/${session.id}`);
  await screen.findByText(/of 18 marked/);
  return { ...app, session };
}

const saveStatus = () => screen.getByText(/All marks saved|Saving|will send|not saved/);
const rowOf = (name: string) => screen.getByRole('group', { name });

describe('the register offline', () => {
  it('marks each waiting row, says the changes are kept, and sends them when back online', async () => {
    const { user, session } = await openTodaysRegister();
    const [first, second, third] = enrolmentsOf(COHORT);
    setOnline(false);
    await user.click(within(rowOf(first!.name)).getByRole('radio', { name: 'Attended' }));
    await user.click(within(rowOf(second!.name)).getByRole('radio', { name: 'Did not attend' }));
    expect(saveStatus()).toHaveTextContent('Kept on this page, will send when online (2 changes)');
    expect(within(rowOf(first!.name)).getByText('Not sent yet')).toBeInTheDocument();
    expect(within(rowOf(second!.name)).getByText('Not sent yet')).toBeInTheDocument();
    expect(within(rowOf(third!.name)).queryByText('Not sent yet')).not.toBeInTheDocument();
    expect(store.data.attendance.filter((a) => a.sessionId === session.id)).toHaveLength(0);

    setOnline(true);
    await waitFor(() => expect(saveStatus()).toHaveTextContent('All marks saved'));
    expect(screen.queryByText('Not sent yet')).not.toBeInTheDocument();
    expect(
      store.data.attendance
        .filter((a) => a.sessionId === session.id)
        .map((a) => [a.enrolmentId, a.code]),
    ).toEqual([
      [first!.enrolment.id, 5],
      [second!.enrolment.id, 3],
    ]);
  });

  it('says "Saving…" while "Mark all attended" goes out online, never the offline wording', async () => {
    const { user } = await openTodaysRegister();
    server.use(
      http.put('*/api/sessions/:sid/attendance/:eid', async () => {
        await delay(30);
        return undefined; // on to the mock's own handler
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Mark all attended' }));
    expect(saveStatus()).toHaveTextContent(/^Saving… \(\d+ changes\)$/);
    expect(screen.queryByText('Not sent yet')).not.toBeInTheDocument();
    await waitFor(() => expect(saveStatus()).toHaveTextContent('All marks saved'), {
      timeout: 8000,
    });
  });

  it('tells a server that does not answer apart from saving, and marks the waiting row', async () => {
    const { user, session } = await openTodaysRegister();
    server.use(
      http.put('*/api/sessions/:sid/attendance/:eid', () => HttpResponse.error(), { once: true }),
    );
    const { name, enrolment } = enrolmentsOf(COHORT)[8]!;
    await user.click(within(rowOf(name)).getByRole('radio', { name: 'Cancelled (gave notice)' }));
    await waitFor(() =>
      expect(saveStatus()).toHaveTextContent(
        'The server is not answering. Kept on this page, will send when it does (1 change)',
      ),
    );
    expect(within(rowOf(name)).getByText('Not sent yet')).toBeInTheDocument();
    await waitFor(() => expect(saveStatus()).toHaveTextContent('All marks saved'), {
      timeout: 4000,
    });
    expect(
      store.data.attendance.find(
        (a) => a.enrolmentId === enrolment.id && a.sessionId === session.id,
      ),
    ).toMatchObject({ code: 2, version: 1 });
  });
});
