import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from '../e2e/helpers';
import { PASSWORD, patientIdentifiers } from './real-backend';

// The register's outbox against the real server: marks and a note made offline are kept in IndexedDB
// encrypted under Priya's key from the server, outlive the page and her session, are not
// touched by another user who signs in on the same browser, and reach the server at her next
// sign-in. What IndexedDB holds never shows a name or the note.

const API = 'http://127.0.0.1:8787/api';
const NOTE = 'Needed the chair by the window for her back';
const PRIYA = 'priya.shah@nhs.net';
const TOM = 'tom.okafor@nhs.net';

interface RawRecord {
  id: string;
  userId: string;
  keys: string[];
  ivBytes: number;
  /** The ciphertext read as Latin-1 and as UTF-8, so any plain text in it would show. */
  latin1: string;
  utf8: string;
}

/** Everything the encrypted outbox holds, as anyone with the laptop (and no session) reads it. */
const rawOutbox = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<RawRecord[]>((resolve, reject) => {
        const open = indexedDB.open('cohort-register-outbox-sealed');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('entries').objectStore('entries').getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () =>
            resolve(
              (all.result as Record<string, unknown>[]).map((r) => {
                const bytes = new Uint8Array(r.data as ArrayBuffer);
                return {
                  id: String(r.id),
                  userId: String(r.userId),
                  keys: Object.keys(r).sort(),
                  ivBytes: (r.iv as Uint8Array).byteLength,
                  latin1: new TextDecoder('latin1').decode(bytes),
                  utf8: new TextDecoder().decode(bytes),
                };
              }),
            );
        };
      }),
  );

interface RegisterRow {
  enrolment: { id: string };
  record: { code: number | null; note: string } | null;
}
/** The register as the server holds it (read with the page's session cookie). */
async function serverRows(page: Page, sessionId: string): Promise<Map<string, RegisterRow>> {
  const res = await page.request.get(`${API}/sessions/${sessionId}/register`);
  expect(res.status()).toBe(200);
  const body = (await res.json()) as { rows: RegisterRow[] };
  return new Map(body.rows.map((r) => [r.enrolment.id, r]));
}

async function signInAt(page: Page, email: string) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

test('offline marks and a note outlive the page and the session, encrypted, and reach the server at the next sign-in', async ({
  page,
  context,
}) => {
  await page.goto('/sign-in');
  const keyFetched = page.waitForResponse((r) => r.url() === `${API}/auth/outbox-key`);
  await signInAt(page, PRIYA);
  await expect((await keyFetched).status()).toBe(200);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Registers' })
    .click();
  await page
    .getByRole('region', { name: 'Today' })
    .getByRole('link', { name: 'Autumn A – online: session 5' })
    .click();
  await expect(page.getByText(/of 18 marked/)).toBeVisible();
  const sessionId = page.url().split('/registers/')[1]!;
  const before = await serverRows(page, sessionId);

  // Rows 3 to 5 (the journeys spec marks 0 to 2 on the same register).
  const rows = page.getByRole('radiogroup');
  const names: string[] = [];
  for (const i of [3, 4, 5]) {
    const id = await rows.nth(i).getAttribute('aria-labelledby');
    names.push((await page.locator(`#${id}`).textContent())!.trim());
  }
  await context.setOffline(true);
  await rows.nth(3).getByRole('radio', { name: 'Attended' }).click();
  await rows.nth(4).getByRole('radio', { name: 'Did not attend' }).click();
  await rows.nth(5).getByRole('radio', { name: 'Late, seen' }).click();
  await page.getByRole('button', { name: new RegExp(`^(Add|Edit) note for ${names[0]}$`) }).click();
  await page.getByRole('textbox', { name: `Note for ${names[0]}` }).fill(NOTE);
  await page.keyboard.press('Tab');
  await expect(
    page.getByText('Saved on this device, will send when online (4 changes)'),
  ).toBeVisible();
  await expectAccessible(page, 'register offline, four changes kept (real backend)');

  // What IndexedDB holds: ciphertext, a random entry id and Priya's user id; nothing else.
  await expect.poll(async () => (await rawOutbox(page)).length).toBe(4);
  const records = await rawOutbox(page);
  const identifiers = [...patientIdentifiers(), ...names];
  const words = [NOTE, 'chair by the window', 'window', ...names.map((n) => n.split(' ').at(-1)!)];
  const plain = records.flatMap((r) => [r.id, r.userId, r.latin1, r.utf8]).join('\n');
  const found = [...identifiers, ...words].filter((text) => plain.includes(text));
  expect(found, 'names or the note in plain text in IndexedDB').toEqual([]);
  expect(plain.replace(/\s/g, '')).not.toMatch(/999\d{7}/);
  for (const record of records) {
    expect(record.keys).toEqual(['data', 'id', 'iv', 'userId']);
    expect(record.ivBytes).toBe(12);
  }
  expect(new Set(records.map((r) => r.userId)).size).toBe(1);
  console.log(
    `IndexedDB: ${records.length} records, each only {data, id, iv, userId}; checked ${identifiers.length} names and NHS numbers, the note (${NOTE.length} characters), parts of it and the three surnames: none in plain text, no 10-digit number`,
  );

  // The page goes while offline, and so does the session (an idle sign-out, a crash).
  await page.close();
  await context.clearCookies();
  await context.setOffline(false);

  // Tom signs in on the same browser: Priya's entries are not his to send, and stay.
  const toms = await context.newPage();
  await toms.goto('/sign-in');
  const tomsKey = toms.waitForResponse((r) => r.url() === `${API}/auth/outbox-key`);
  await signInAt(toms, TOM);
  await expect((await tomsKey).status()).toBe(200);
  await expect(toms.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await toms.waitForTimeout(1_000); // his outbox has been read by now: nothing of his is there
  expect(await rawOutbox(toms)).toHaveLength(4);
  const meanwhile = await serverRows(toms, sessionId).catch(() => null);
  if (meanwhile)
    for (const [enrolmentId, row] of before)
      expect(meanwhile.get(enrolmentId)?.record, 'sent by Tom').toEqual(row.record);
  await toms.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(toms.getByLabel('Email')).toBeVisible();
  await toms.close();

  // Priya, online, signs in again on this browser: all four reach the server.
  const later = await context.newPage();
  await later.goto(`/registers/${sessionId}`);
  await expect(later).toHaveURL(/\/sign-in/);
  await signInAt(later, PRIYA);
  await expect(later.getByText(/of 18 marked/)).toBeVisible();
  const changed = async () => {
    const now = await serverRows(later, sessionId);
    return [...now.entries()].filter(
      ([id, row]) => JSON.stringify(row.record) !== JSON.stringify(before.get(id)?.record),
    );
  };
  await expect.poll(async () => (await changed()).length, { timeout: 20_000 }).toBe(3);
  const arrived = (await changed()).map(([, row]) => row.record);
  const notes = arrived.filter((r) => r?.note === NOTE).length;
  const lost = 3 - arrived.length + (1 - notes);
  console.log(`marks arrived: ${arrived.length} of 3, notes arrived: ${notes} of 1; lost: ${lost}`);
  expect(lost).toBe(0);
  await expect.poll(async () => (await rawOutbox(later)).length).toBe(0);
  await expect(later.getByText('All marks saved')).toBeVisible({ timeout: 15_000 });
});
