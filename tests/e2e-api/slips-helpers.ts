import { expect, type Page } from '@playwright/test';
import { PASSWORD } from './real-backend';

// What the slips journeys share (./slips.spec.ts): signing in as staff do, today's register,
// what of it the server holds, and the time a screen takes to leave patient data.

export const API = 'http://127.0.0.1:8787/api';
export const APP_ORIGIN = 'http://127.0.0.1:4174';

export async function signInAt(page: Page, email: string) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** Autumn A's session 5, held today (Priya and Tom facilitate it); its session id. */
export async function openTodaysRegister(page: Page): Promise<string> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Registers' })
    .click();
  await page
    .getByRole('region', { name: 'Today' })
    .getByRole('link', { name: 'Autumn A – online: session 5' })
    .click();
  await expect(page.getByText(/of 18 marked/)).toBeVisible();
  return page.url().split('/registers/')[1]!;
}

/** The participants' names the register shows. */
export async function patientDataOnScreen(page: Page): Promise<string[]> {
  const ids = await page
    .getByRole('radiogroup')
    .evaluateAll((groups) => groups.map((g) => g.getAttribute('aria-labelledby') ?? ''));
  const names: string[] = [];
  for (const id of ids) names.push((await page.locator(`#${id}`).textContent())!.trim());
  return names;
}

/** The attendance record the server holds for the register's row `index` (as shown). */
export async function serverRecord(page: Page, sessionId: string, index: number) {
  const label = await page.getByRole('radiogroup').nth(index).getAttribute('aria-labelledby');
  const enrolmentId = label!.replace(/^name-/, '');
  const res = await page.request.get(`${API}/sessions/${sessionId}/register`);
  expect(res.status()).toBe(200);
  const { rows } = (await res.json()) as {
    rows: { enrolment: { id: string }; record: { code: number | null; note: string } | null }[];
  };
  return rows.find((r) => r.enrolment.id === enrolmentId)?.record ?? null;
}

/** Milliseconds from now until the page shows the sign-in page with `reason` and none of
 * `names`, with no input on it (the page is left alone). */
export async function timeToLeave(page: Page, names: string[], reason: string): Promise<number> {
  const start = Date.now();
  await expect
    .poll(
      async () => {
        const body = await page.locator('body').innerText();
        return (
          body.includes(reason) &&
          (await page.getByLabel('Email').isVisible()) &&
          names.every((n) => !body.includes(n))
        );
      },
      { timeout: 45_000, intervals: [100] },
    )
    .toBe(true);
  return Date.now() - start;
}
