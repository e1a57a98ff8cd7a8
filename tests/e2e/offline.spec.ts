import { expect, test, type Page } from '@playwright/test';
import {
  PRIYA,
  expectAccessible,
  freshDemo,
  openTodaysRegister,
  signInWithDemoButton,
} from './helpers';

// The register never loses a mark or a note, offline included.

const rowNamed = (page: Page, index: number) =>
  page.getByRole('radiogroup').nth(index).locator('xpath=ancestor::*[@role="group"][1]');

test.beforeEach(async ({ page }) => {
  await freshDemo(page);
  await signInWithDemoButton(page, PRIYA);
});

test('offline is visible: a banner, each waiting row marked in words, the save state kept in view', async ({
  page,
  context,
}) => {
  await openTodaysRegister(page);
  await context.setOffline(true);
  const banner = page.getByRole('status').filter({ hasText: 'You are offline' });
  await expect(banner).toBeVisible();
  const rows = page.getByRole('radiogroup');
  await rows.nth(0).getByRole('radio', { name: 'Attended' }).click();
  await rows.nth(1).getByRole('radio', { name: 'Did not attend' }).click();
  await expect(rowNamed(page, 0).getByText('Not sent yet')).toBeVisible();
  await expect(rowNamed(page, 1).getByText('Not sent yet')).toBeVisible();
  await expect(rowNamed(page, 2).getByText('Not sent yet')).toHaveCount(0);
  const status = page.getByText('will send when online (2 changes)');
  await expect(status).toBeVisible();
  await expectAccessible(page, 'register, offline with waiting marks');
  // The count and the save state stay at the top while the register scrolls, clear of the
  // fixed header; the banner never hides the end of the page.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  if (process.env.E2E_SHOTS)
    await page.screenshot({ path: `${process.env.E2E_SHOTS}/offline.png` });
  await expect(status).toBeInViewport();
  await expect(page.getByText('2 of 18 marked')).toBeInViewport();
  const header = await page.locator('header').boundingBox();
  const count = await page.getByText('2 of 18 marked').boundingBox();
  expect(count!.y).toBeGreaterThanOrEqual(header!.y + header!.height);
  const finalise = await page.getByRole('button', { name: 'Finalise register' }).boundingBox();
  const bannerBox = await banner.boundingBox();
  expect(finalise!.y + finalise!.height).toBeLessThanOrEqual(bannerBox!.y);

  await context.setOffline(false);
  await expect(page.getByText('All marks saved')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('status').filter({ hasText: 'Back online.' })).toBeVisible();
  await expect(page.getByText('Not sent yet')).toHaveCount(0);
});

type MockDb = { attendance: { sessionId: string; code: number; note: string }[] };
const attendanceRecords = async (page: Page, sessionId: string) =>
  (
    (await page.evaluate(() =>
      JSON.parse(localStorage.getItem('cohort-register.mock-db.v1') ?? '{}'),
    )) as MockDb
  ).attendance.filter((a) => a.sessionId === sessionId);
const attendanceFor = async (page: Page, sessionId: string) =>
  (await attendanceRecords(page, sessionId)).length;

test('offline, the register and its list open without a reload; a page not loaded yet offers a retry in place', async ({
  page,
  context,
}) => {
  // Once signed in and idle, the app fetched the register's code (and its dialogs') ahead of need.
  await expect
    .poll(() =>
      page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .some((e) => /amendment-dialog-[\w-]+\.js$/.test(e.name)),
      ),
    )
    .toBe(true);
  await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'same page'));
  await context.setOffline(true);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Registers' })
    .click();
  await page
    .getByRole('region', { name: 'Today' })
    .getByRole('link', { name: 'Autumn A – online: session 5' })
    .click();
  const sessionId = page.url().split('/registers/')[1]!;
  // Its data was never fetched: it waits for the connection, inside the app.
  await expect(page.getByRole('status', { name: 'Loading the register' })).toBeVisible();
  await context.setOffline(false);
  await expect(page.getByText('0 of 18 marked')).toBeVisible();
  await context.setOffline(true);
  const rows = page.getByRole('radiogroup');
  await rows.nth(0).getByRole('radio', { name: 'Attended' }).click();
  await rows.nth(1).getByRole('radio', { name: 'Late, seen' }).click();
  await expect(page.getByText('will send when online (2 changes)')).toBeVisible();

  page.on('dialog', (dialog) => void dialog.accept()); // "2 marks are not saved yet. Leave?"
  await page.getByRole('link', { name: '← All registers' }).click();
  await expect(page.getByRole('heading', { name: 'Registers', level: 1 })).toBeVisible();
  await page
    .getByRole('region', { name: 'Today' })
    .getByRole('link', { name: 'Autumn A – online: session 5' })
    .click();
  await expect(page.getByText('will send when online (2 changes)')).toBeVisible();
  await expect(rows.nth(1).getByRole('radio', { name: 'Late, seen' })).toHaveAttribute(
    'aria-checked',
    'true',
  );

  // Absence flags was never opened: its code is not here.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Absence flags' })
    .click();
  await expect(page.getByRole('heading', { name: 'This page could not load' })).toBeVisible();
  await expectAccessible(page, 'a page whose code could not load');
  expect(await page.evaluate(() => (window as unknown as { marker: string }).marker)).toBe(
    'same page',
  );
  expect(await attendanceFor(page, sessionId)).toBe(0);

  await context.setOffline(false);
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { name: 'Absence flags', level: 1 })).toBeVisible();
  await expect.poll(() => attendanceFor(page, sessionId), { timeout: 20_000 }).toBe(2);
  expect(await page.evaluate(() => (window as unknown as { marker: string }).marker)).toBe(
    'same page',
  );
});

type Entry = { userId: string; enrolmentId: string; change: { code?: number; note?: string } };
const outboxEntries = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<Entry[]>((resolve, reject) => {
        const open = indexedDB.open('cohort-register-outbox');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('entries').objectStore('entries').getAll();
          all.onsuccess = () => resolve(all.result as Entry[]);
        };
      }),
  );

test('marks and a note made offline outlive the page: the sign-out asks, and the next sign-in sends them', async ({
  page,
  context,
}) => {
  await openTodaysRegister(page);
  const sessionId = page.url().split('/registers/')[1]!;
  const name = await page.getByRole('radiogroup').nth(0).getAttribute('aria-labelledby');
  const firstName = (await page.locator(`#${name}`).textContent())!;
  await context.setOffline(true);
  const rows = page.getByRole('radiogroup');
  await rows.nth(0).getByRole('radio', { name: 'Attended' }).click();
  await rows.nth(1).getByRole('radio', { name: 'Did not attend' }).click();
  await page.getByRole('button', { name: `Add note for ${firstName}` }).click();
  await page.getByRole('textbox', { name: `Note for ${firstName}` }).fill('Left at the break');
  await page.keyboard.press('Tab');
  await expect(
    page.getByText('Saved on this device, will send when online (3 changes)'),
  ).toBeVisible();
  await expect.poll(async () => (await outboxEntries(page)).length).toBe(3);
  const stored = JSON.stringify(await outboxEntries(page));
  expect(stored).toContain('Left at the break');
  expect(stored).not.toContain(firstName.split(' ')[1]!);
  expect(stored).not.toMatch(/999\d{7}/);

  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Changes not sent yet' });
  await expect(dialog).toContainText('3 changes to registers have not reached the server yet.');
  await expectAccessible(page, 'sign-out with changes not sent');
  await dialog.getByRole('button', { name: 'Stay signed in' }).click();
  await expect(dialog).toHaveCount(0);

  // The tab is closed while offline; later, online, Priya signs in again on this browser.
  await page.close();
  await context.setOffline(false);
  const later = await context.newPage();
  await later.goto('/sign-in');
  await signInWithDemoButton(later, PRIYA);
  await expect
    .poll(
      async () => (await attendanceRecords(later, sessionId)).map((a) => [a.code, a.note]).sort(),
      { timeout: 20_000 },
    )
    .toEqual([
      [3, ''],
      [5, 'Left at the break'],
    ]);
  await expect.poll(async () => (await outboxEntries(later)).length).toBe(0);
});
