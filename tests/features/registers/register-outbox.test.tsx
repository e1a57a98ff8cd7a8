import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import { http } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { store } from '../../../mocks/db';
import { server } from '../../../mocks/node';
import { startOfflineSupport } from '../../../src/app/offline-support';
import { openIdbOutboxStore } from '../../../src/features/registers/outbox/idb-outbox-store';
import {
  setOutboxStore,
  type OutboxStore,
} from '../../../src/features/registers/outbox/outbox-store';
import { setOnline } from '../../utils/connection';
import { ACCOUNTS, renderApp, signInAs } from '../../utils/render-app';
import { enrolmentsOf, todaysSession } from '../../utils/seed-lookup';

// Marks and notes not yet on the server are kept in IndexedDB (the mock
// build's outbox) and sent when the app next runs with a session, in order, each on the
// version it was made on; only the signed-in user's; and signing out asks about them.

const COHORT = 'Autumn A – online';
let outbox: OutboxStore;
let stops: (() => void)[] = [];

// The outbox is read when the browser is first idle (src/app/offline-support.ts): at once
// here, unless a test holds the idle moment back (a first screen still busy).
let idleHeld = false;
const idleWaiting = new Map<number, () => void>();
let idleIds = 0;
function releaseIdle() {
  idleHeld = false;
  idleWaiting.forEach((task) => setTimeout(task));
}

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory(); // a fresh browser profile for each test
  outbox = await openIdbOutboxStore();
  setOutboxStore(outbox);
  idleHeld = false;
  vi.stubGlobal('requestIdleCallback', (task: IdleRequestCallback) => {
    const id = ++idleIds;
    const run = () =>
      idleWaiting.delete(id) && task({ didTimeout: false, timeRemaining: () => 50 });
    idleWaiting.set(id, run);
    if (!idleHeld) setTimeout(run);
    return id;
  });
  vi.stubGlobal('cancelIdleCallback', (id: number) => idleWaiting.delete(id));
});

/** The page goes (a reload, a closed tab): its queue in memory with it. */
function closePage() {
  cleanup();
  stops.forEach((stop) => stop());
  stops = [];
}

afterEach(() => {
  closePage();
  setOnline(true);
  vi.unstubAllGlobals();
});

/** A page of the app, as src/main.tsx starts it: the outbox is replayed once signed in. */
async function openPage(url: string, account: string = ACCOUNTS.priya) {
  const staff = signInAs(account);
  const app = await renderApp(url);
  stops.push(startOfflineSupport(app.router, app.queryClient));
  return { ...app, staff };
}

async function openTodaysRegister(account: string = ACCOUNTS.priya) {
  const session = todaysSession(COHORT);
  const page = await openPage(`/registers/${session.id}`, account);
  // The whole app and its register chunk load first: on a CI machine shared by two test
  // workers that alone has taken over the default 4 s (it takes about 1 s here alone).
  await screen.findByText(/of 18 marked/, undefined, { timeout: 10_000 });
  return { ...page, session };
}

const rowOf = (name: string) => screen.getByRole('group', { name });
const attendanceAt = (sessionId: string) =>
  store.data.attendance.filter((a) => a.sessionId === sessionId);
const recordOf = (sessionId: string, enrolmentId: string) =>
  attendanceAt(sessionId).find((a) => a.enrolmentId === enrolmentId);

/** Marks made offline, then the page closed before the connection came back. */
async function markOfflineAndClose() {
  const { user, session, staff } = await openTodaysRegister();
  const [first, second] = enrolmentsOf(COHORT);
  setOnline(false);
  await user.click(within(rowOf(first!.name)).getByRole('radio', { name: 'Attended' }));
  await user.click(within(rowOf(second!.name)).getByRole('radio', { name: 'Did not attend' }));
  await user.click(screen.getByRole('button', { name: `Add note for ${first!.name}` }));
  await user.type(screen.getByLabelText(`Note for ${first!.name}`), 'Left at the break');
  await user.tab();
  await waitFor(async () => expect(await outbox.list(staff.id)).toHaveLength(3));
  closePage();
  setOnline(true);
  return { session, staff, first: first!, second: second! };
}

describe('the outbox', () => {
  it('keeps offline changes on this device, with ids, codes, notes and base versions only', async () => {
    const { user, staff } = await openTodaysRegister();
    const [first] = enrolmentsOf(COHORT);
    setOnline(false);
    await user.click(within(rowOf(first!.name)).getByRole('radio', { name: 'Late, seen' }));
    expect(
      screen.getByText('Saved on this device, will send when online (1 change)'),
    ).toBeInTheDocument();
    await waitFor(async () => expect(await outbox.list(staff.id)).toHaveLength(1));
    const [entry] = await outbox.list(staff.id);
    expect(entry).toMatchObject({
      userId: staff.id,
      enrolmentId: first!.enrolment.id,
      change: { code: 6 },
      baseVersion: 0,
    });
    const participant = store.data.participants.find(
      (p) => p.id === first!.enrolment.participantId,
    )!;
    const stored = JSON.stringify(entry);
    expect(stored).not.toContain(participant.familyName);
    expect(stored).not.toContain(participant.nhsNumber);
  });

  it('sends them after a reload, in the order they were made, and then forgets them', async () => {
    const { session, staff, first, second } = await markOfflineAndClose();
    expect(attendanceAt(session.id)).toHaveLength(0);

    // The server holds the replayed marks until the page has been looked at, so what it shows
    // while they are on their way is checked without racing them.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.put('*/api/sessions/:sid/attendance/:eid', async () => {
        await held;
        return undefined; // on to the mock's own handler
      }),
    );
    await openTodaysRegister();
    // On their way again: counted, and shown on their rows before the server has them.
    expect(await screen.findByText(/^Saving… \(\d changes?\)$/)).toBeInTheDocument();
    expect(
      within(rowOf(second.name)).getByRole('radio', { name: 'Did not attend' }),
    ).toHaveAttribute('aria-checked', 'true');
    release();
    await waitFor(() => expect(recordOf(session.id, first.enrolment.id)?.version).toBe(2));
    await waitFor(() => expect(screen.getByText('All marks saved')).toBeInTheDocument());
    expect(recordOf(session.id, first.enrolment.id)).toMatchObject({
      sessionId: session.id,
      code: 5,
      note: 'Left at the break',
      version: 2,
    });
    expect(recordOf(session.id, second.enrolment.id)).toMatchObject({
      sessionId: session.id,
      code: 3,
      version: 1,
    });
    const order = store.data.audit
      .filter((a) => a.action === 'attendance.mark')
      .map((a) => [
        (a.after as { enrolmentId: string }).enrolmentId,
        (a.after as { note: string }).note,
      ]);
    expect(order).toEqual([
      [first.enrolment.id, ''],
      [second.enrolment.id, ''],
      [first.enrolment.id, 'Left at the break'],
    ]);
    await waitFor(async () => expect(await outbox.list(staff.id)).toEqual([]));
    expect(within(rowOf(first.name)).getByRole('radio', { name: 'Attended' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
  });

  it('still brings back a colleague\u2019s newer mark as a conflict', async () => {
    const { session, staff, second } = await markOfflineAndClose();
    store.data.attendance.push({
      id: 'att_colleague',
      sessionId: session.id,
      enrolmentId: second.enrolment.id,
      code: 6,
      note: '',
      catchUpSent: false,
      updatedAt: new Date().toISOString(),
      updatedBy: 'stf_tom',
      version: 1,
    });
    const { user } = await openTodaysRegister();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(`Tom Okafor saved ${second.name}'s mark`);
    expect(within(alert).getByRole('row', { name: /^Mark/ })).toHaveTextContent(
      'MarkLate, seenDid not attend',
    );
    await waitFor(async () => expect(await outbox.list(staff.id)).toHaveLength(1));
    await user.click(
      within(alert).getByRole('button', { name: `Save mine over theirs for ${second.name}` }),
    );
    await waitFor(() =>
      expect(recordOf(session.id, second.enrolment.id)).toMatchObject({ code: 3, version: 2 }),
    );
    await waitFor(async () => expect(await outbox.list(staff.id)).toEqual([]));
  });

  it('brings back a mark and a note a colleague changed meanwhile as one panel, keeping both notes', async () => {
    const { session, staff, first } = await markOfflineAndClose();
    store.data.attendance.push({
      id: 'att_colleague',
      sessionId: session.id,
      enrolmentId: first.enrolment.id,
      code: 3,
      note: 'Phoned: running late',
      catchUpSent: false,
      updatedAt: new Date().toISOString(),
      updatedBy: 'stf_tom',
      version: 1,
    });
    const { user } = await openTodaysRegister();
    const alert = await screen.findByRole('alert');
    // The mark comes back first; the note joins it on the same panel.
    await waitFor(() => expect(alert).toHaveTextContent(`Tom Okafor saved ${first.name}'s row`));
    expect(within(alert).getByRole('row', { name: /^Mark/ })).toHaveTextContent(
      'MarkDid not attendAttended',
    );
    expect(within(alert).getByRole('row', { name: /^Note/ })).toHaveTextContent(
      'NotePhoned: running lateLeft at the break',
    );
    // The mark's and the note's entries are one now, kept until the user answers.
    await waitFor(async () => expect(await outbox.list(staff.id)).toHaveLength(1));
    await user.click(
      within(alert).getByRole('button', { name: `Keep mine, with both notes for ${first.name}` }),
    );
    await waitFor(() =>
      expect(recordOf(session.id, first.enrolment.id)).toMatchObject({
        code: 5,
        note: 'Left at the break | Phoned: running late',
        version: 2,
      }),
    );
    await waitFor(async () => expect(await outbox.list(staff.id)).toEqual([]));
  }, 30_000);

  it('keeps a mark made before the outbox is read, and sends the older entry\u2019s other fields only', async () => {
    const { session, staff, first } = await markOfflineAndClose();
    idleHeld = true; // the first screen is still busy: the outbox waits
    const { user } = await openTodaysRegister();
    // First thing on the new page, the row is marked again: that is the mark that stands.
    await user.click(within(rowOf(first.name)).getByRole('radio', { name: 'Late, seen' }));
    await waitFor(() => expect(recordOf(session.id, first.enrolment.id)?.code).toBe(6));
    releaseIdle();
    await waitFor(async () => expect(await outbox.list(staff.id)).toEqual([]));
    await waitFor(() => expect(screen.getByText('All marks saved')).toBeInTheDocument());
    // The older mark was not sent over it; the note made with it (no newer note) still went.
    expect(recordOf(session.id, first.enrolment.id)).toMatchObject({
      code: 6,
      note: 'Left at the break',
    });
    expect(within(rowOf(first.name)).getByRole('radio', { name: 'Late, seen' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
  });

  it('sends and shows only the signed-in user\u2019s changes', async () => {
    const { session, staff } = await markOfflineAndClose();
    // An admin signs in on the same browser: Priya's changes are neither sent nor shown.
    await openTodaysRegister(ACCOUNTS.sam);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(screen.getByText('All marks saved')).toBeInTheDocument();
    expect(screen.getByText('0 of 18 marked')).toBeInTheDocument();
    expect(attendanceAt(session.id)).toHaveLength(0);
    expect(await outbox.list(staff.id)).toHaveLength(3);
    closePage();
    // Priya, later: they go.
    await openTodaysRegister();
    await waitFor(() => expect(attendanceAt(session.id)).toHaveLength(2));
  });
});

describe('signing out with changes not sent', () => {
  async function markTwoOffline() {
    const page = await openTodaysRegister();
    const [first, second] = enrolmentsOf(COHORT);
    setOnline(false);
    await page.user.click(within(rowOf(first!.name)).getByRole('radio', { name: 'Attended' }));
    await page.user.click(within(rowOf(second!.name)).getByRole('radio', { name: 'Attended' }));
    await waitFor(async () => expect(await outbox.list(page.staff.id)).toHaveLength(2));
    await page.user.click(screen.getByRole('button', { name: 'Sign out' }));
    const dialog = await screen.findByRole('dialog', { name: 'Changes not sent yet' });
    expect(dialog).toHaveTextContent('2 changes to registers have not reached the server yet.');
    return { ...page, dialog };
  }

  it('discards them on request and signs out', async () => {
    const { user, dialog, session, staff } = await markTwoOffline();
    await user.click(within(dialog).getByRole('button', { name: 'Discard them and sign out' }));
    expect(
      await screen.findByRole('heading', { name: 'Pain course register', level: 1 }),
    ).toBeInTheDocument();
    expect(await outbox.list(staff.id)).toEqual([]);
    setOnline(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(attendanceAt(session.id)).toHaveLength(0);
  });

  it('sends them first, waiting for the connection, then signs out', async () => {
    const { user, dialog, session, staff } = await markTwoOffline();
    await user.click(within(dialog).getByRole('button', { name: 'Send them, then sign out' }));
    expect(within(dialog).getByRole('status')).toHaveTextContent(
      'You are offline: they will be sent when the connection returns.',
    );
    setOnline(true);
    expect(
      await screen.findByRole('heading', { name: 'Pain course register', level: 1 }),
    ).toBeInTheDocument();
    expect(attendanceAt(session.id)).toHaveLength(2);
    await waitFor(async () => expect(await outbox.list(staff.id)).toEqual([]));
  });

  it('signs out at once when nothing is waiting', async () => {
    const { user } = await openTodaysRegister();
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(
      await screen.findByRole('heading', { name: 'Pain course register', level: 1 }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
