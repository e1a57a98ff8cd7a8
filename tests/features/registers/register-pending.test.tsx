import { screen, waitFor, within } from '@testing-library/react';
import { getResponse, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { store } from '../../../mocks/db';
import { handlers } from '../../../mocks/handlers';
import { server } from '../../../mocks/node';
import { ACCOUNTS, renderApp, signInAs } from '../../utils/render-app';
import { enrolmentsOf, todaysSession } from '../../utils/seed-lookup';

// Nothing pending is dropped by a later success: a row's unsaved note and mark are kept apart
// from each other, and a retried write that already reached the server is known as the
// person's own (the server's stored answer), never as a colleague's conflict.

const COHORT = 'Autumn A – online';
const MARK = '*/api/sessions/:sid/attendance/:eid';
// The whole app loads first: on a CI machine shared by test workers that alone can take 10 s.
const SLOW = 30_000;

async function openTodaysRegister() {
  signInAs(ACCOUNTS.priya);
  const session = todaysSession(COHORT);
  const app = await renderApp(`/registers/${session.id}`);
  await screen.findByText(/of 18 marked/);
  return { ...app, session };
}

const recordOf = (sessionId: string, enrolmentId: string) =>
  store.data.attendance.find((a) => a.sessionId === sessionId && a.enrolmentId === enrolmentId);
const radio = (name: string, code: string) =>
  within(screen.getByRole('radiogroup', { name })).getByRole('radio', { name: code });

/** Every save fails (503) until the returned function is called. */
function serverFails() {
  let failing = true;
  server.use(
    http.put(MARK, () =>
      failing
        ? HttpResponse.json({ error: { code: 'server_error', message: 'x' } }, { status: 503 })
        : undefined,
    ),
  );
  return () => (failing = false);
}

describe('a row with more than one change waiting', () => {
  it(
    'keeps a note typed while the server fails when the same row is then marked and retried',
    async () => {
      const { user, session } = await openTodaysRegister();
      const { name, enrolment } = enrolmentsOf(COHORT)[3]!;
      const recover = serverFails();
      await user.click(screen.getByRole('button', { name: `Add note for ${name}` }));
      await user.type(screen.getByLabelText(`Note for ${name}`), 'Joined by phone');
      await user.tab();
      await screen.findByRole('alert');
      await user.click(radio(name, 'Did not attend'));
      await waitFor(() =>
        expect(screen.getByRole('status')).toHaveTextContent(/^1 change not saved/),
      );
      expect(screen.getByLabelText(`Note for ${name}`)).toHaveValue('Joined by phone');

      recover();
      const alert = screen.getByRole('alert');
      await user.click(within(alert).getByRole('button', { name: `Try again for ${name}` }));
      await waitFor(() =>
        expect(recordOf(session.id, enrolment.id)).toMatchObject({
          code: 3,
          note: 'Joined by phone',
        }),
      );
      await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('All marks saved'));
      expect(screen.getByLabelText(`Note for ${name}`)).toHaveValue('Joined by phone');
      expect(radio(name, 'Did not attend')).toHaveAttribute('aria-checked', 'true');
    },
    SLOW,
  );

  it(
    'shows a later mark that saved, not the older unsaved one, and keeps the note waiting',
    async () => {
      const { user, session } = await openTodaysRegister();
      const { name, enrolment } = enrolmentsOf(COHORT)[4]!;
      const recover = serverFails();
      await user.click(radio(name, 'Late, seen'));
      await screen.findByRole('alert');
      await user.click(screen.getByRole('button', { name: `Add note for ${name}` }));
      await user.type(screen.getByLabelText(`Note for ${name}`), 'Train delayed');
      await user.tab();
      await waitFor(() =>
        expect(screen.getByRole('status')).toHaveTextContent(/^1 change not saved/),
      );
      expect(radio(name, 'Late, seen')).toHaveAttribute('aria-checked', 'true');
      expect(screen.getByLabelText(`Note for ${name}`)).toHaveValue('Train delayed');
      recover();
      // A newer mark saves; the older one waiting on the row must not come back over it.
      await user.click(radio(name, 'Did not attend'));
      await waitFor(() => expect(recordOf(session.id, enrolment.id)?.code).toBe(3));
      expect(radio(name, 'Did not attend')).toHaveAttribute('aria-checked', 'true');
      expect(screen.getByRole('status')).toHaveTextContent(/^1 change not saved/);
      await user.click(
        within(screen.getByRole('alert')).getByRole('button', { name: `Try again for ${name}` }),
      );
      await waitFor(() =>
        expect(recordOf(session.id, enrolment.id)).toMatchObject({
          code: 3,
          note: 'Train delayed',
        }),
      );
      await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('All marks saved'));
    },
    SLOW,
  );
});

describe('a retried write whose first answer was lost', () => {
  it(
    'is recognised as mine: the note made after it saves, with no conflict',
    async () => {
      const { user, session } = await openTodaysRegister();
      const { name, enrolment } = enrolmentsOf(COHORT)[5]!;
      const keys: (string | null)[] = [];
      let release = () => {};
      const gate = new Promise<void>((resolve) => (release = resolve));
      server.use(
        http.put(MARK, ({ request }) => void keys.push(request.headers.get('idempotency-key'))),
        // The first save reaches the server, which keeps it; its answer never arrives.
        http.put(
          MARK,
          async ({ request }) => {
            await getResponse(handlers, request);
            return HttpResponse.error();
          },
          { once: true },
        ),
        // Its retry waits until a note has been typed on the row (queued behind the mark).
        http.put(MARK, () => gate.then(() => undefined)),
      );
      await user.click(radio(name, 'Attended'));
      await waitFor(() => expect(recordOf(session.id, enrolment.id)?.code).toBe(5));
      // While the mark is retried, a note on the same row waits behind it.
      await user.click(screen.getByRole('button', { name: `Add note for ${name}` }));
      await user.type(screen.getByLabelText(`Note for ${name}`), 'Camera off throughout');
      await user.tab();
      release();
      await waitFor(
        () =>
          expect(recordOf(session.id, enrolment.id)).toMatchObject({
            code: 5,
            note: 'Camera off throughout',
            version: 2,
          }),
        { timeout: 5000 },
      );
      await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('All marks saved'));
      expect(screen.queryByText(/while you were editing/)).not.toBeInTheDocument();
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
      // The retry carried the first send's key; the note, a write of its own, its own key.
      expect(keys).toHaveLength(3);
      expect(keys[0]).toBeTruthy();
      expect(keys[1]).toBe(keys[0]);
      expect(keys[2]).not.toBe(keys[0]);
    },
    SLOW,
  );

  it(
    'a 5xx after the mark landed, then a note on the row: the note saves, with no conflict',
    async () => {
      const { user, session } = await openTodaysRegister();
      const { name, enrolment } = enrolmentsOf(COHORT)[6]!;
      server.use(
        // The mark reaches the server, which keeps it; a proxy then answers 502.
        http.put(
          MARK,
          async ({ request }) => {
            await getResponse(handlers, request);
            return HttpResponse.json(
              { error: { code: 'server_error', message: 'Bad gateway' } },
              { status: 502 },
            );
          },
          { once: true },
        ),
      );
      await user.click(radio(name, 'Attended'));
      await within(await screen.findByRole('alert')).findByRole('button', {
        name: `Try again for ${name}`,
      });
      expect(recordOf(session.id, enrolment.id)).toMatchObject({ code: 5, version: 1 });
      // Before "Try again", a note on the same row: made on the version before the mark.
      await user.click(screen.getByRole('button', { name: `Add note for ${name}` }));
      await user.type(screen.getByLabelText(`Note for ${name}`), 'Left early');
      await user.tab();
      await waitFor(() =>
        expect(recordOf(session.id, enrolment.id)).toMatchObject({
          code: 5,
          note: 'Left early',
          version: 2,
        }),
      );
      await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('All marks saved'));
      expect(screen.queryByText(/while you were editing/)).not.toBeInTheDocument();
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
      expect(radio(name, 'Attended')).toHaveAttribute('aria-checked', 'true');
    },
    SLOW,
  );

  it(
    'the same, with the note sent before the register is fetched again: mine, not a conflict',
    async () => {
      const { user, session } = await openTodaysRegister();
      const { name, enrolment } = enrolmentsOf(COHORT)[7]!;
      server.use(
        // The page's copy of the register stays as it was loaded: the note goes on the version
        // before the mark, and the server answers 412 with the record this user saved.
        http.get('*/api/sessions/:sid/register', () => new Promise<never>(() => {})),
        http.put(
          MARK,
          async ({ request }) => {
            await getResponse(handlers, request);
            return HttpResponse.json(
              { error: { code: 'server_error', message: 'Bad gateway' } },
              { status: 502 },
            );
          },
          { once: true },
        ),
      );
      await user.click(radio(name, 'Attended'));
      await within(await screen.findByRole('alert')).findByRole('button', {
        name: `Try again for ${name}`,
      });
      await user.click(screen.getByRole('button', { name: `Add note for ${name}` }));
      await user.type(screen.getByLabelText(`Note for ${name}`), 'Left early');
      await user.tab();
      await waitFor(() =>
        expect(recordOf(session.id, enrolment.id)).toMatchObject({
          code: 5,
          note: 'Left early',
          version: 2,
        }),
      );
      await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('All marks saved'));
      expect(screen.queryByText(/while you were editing/)).not.toBeInTheDocument();
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    },
    SLOW,
  );
});
