import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { todayIso } from '../../src/domain/dates';
import { sessionStartsAt } from '../../src/domain/session-start';

/** WCAG 2.2 AA, as the brief asks: zero violations on every page and state visited. */
export async function expectNoAxeViolations(page: Page, state: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')})`,
  );
  expect(summary, `axe violations on ${state}`).toEqual([]);
}

/** The same checks in light and in dark (Mantine's colour scheme is one attribute on <html>,
 * so both are checked on the very same state), plus the landmark rules: a dialog must not add
 * a second banner, and landmarks must be unique. Leaves the page in the scheme it found. */
export async function expectAccessibleInBothSchemes(page: Page, state: string) {
  const html = page.locator('html');
  const start = (await html.getAttribute('data-mantine-color-scheme')) ?? 'light';
  for (const scheme of [start, start === 'dark' ? 'light' : 'dark']) {
    await html.evaluate((el, s) => el.setAttribute('data-mantine-color-scheme', s), scheme);
    await expectNoAxeViolations(page, `${state}, ${scheme}`);
  }
  await html.evaluate((el, s) => el.setAttribute('data-mantine-color-scheme', s), start);
  const landmarks = await new AxeBuilder({ page })
    .withRules(['landmark-no-duplicate-banner', 'landmark-unique', 'landmark-banner-is-top-level'])
    .analyze();
  expect(
    landmarks.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    ),
    `landmark problems on ${state}`,
  ).toEqual([]);
}

/** Starts each test from the seed, on the sign-in page. */
export async function freshDemo(page: Page) {
  await page.goto('/sign-in');
  await page.evaluate(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Pain course register', level: 1 })).toBeVisible();
}

export async function signInWithDemoButton(page: Page, name: string) {
  await page.getByRole('button', { name }).click();
  // Each role lands on its own start page (managers on the dashboard); the menu is always there.
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** The browser's clock (the app's and its in-browser mock's alike) set to `minutes` after the
 * start of today's session of Autumn A (10:00 London), and running on from there: finalising
 * waits for the start, so a test that finalises does not depend on the time it runs at. The
 * production build has no clock seam of its own (src/lib/clock.ts); Playwright's clock is it.
 * Call before the first page load. */
export async function clockAtTodaysSession(page: Page, minutes: number) {
  const start = sessionStartsAt(todayIso(), '10:00').getTime();
  await page.clock.install({ time: new Date(start + minutes * 60_000) });
}

/** The demo facilitator's sign-in button (mock mode). */
export const PRIYA = 'Sign in as Priya Shah, psychology facilitator';

/** From any page behind sign-in, today's register of Autumn A (session 5), none marked yet.
 * Below the sm breakpoint the navigation is behind the menu button. */
export async function openTodaysRegister(page: Page) {
  const menu = page.getByRole('button', { name: 'Toggle navigation' });
  if (await menu.isVisible()) await menu.click();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Registers' })
    .click();
  await page
    .getByRole('region', { name: 'Today' })
    .getByRole('link', { name: 'Autumn A – online: session 5' })
    .click();
  await expect(page.getByText('0 of 18 marked')).toBeVisible();
}

/** On a cohort's page: the name in its first participant row. */
export async function firstParticipantName(page: Page): Promise<string> {
  const cell = page
    .getByRole('region', { name: 'Participants' })
    .getByRole('row')
    .nth(1)
    .getByRole('cell')
    .first();
  return (await cell.textContent())!.trim();
}

/** On a cohort's page: withdraws `name` through the row's actions, with a reason; `beforeConfirm`
 * runs with the dialog filled in (an axe check, say). Waits for the row to say Withdrawn. */
export async function withdrawParticipant(
  page: Page,
  name: string,
  reason: string,
  beforeConfirm?: () => Promise<void>,
) {
  await page.getByRole('button', { name: `Actions for ${name}` }).click();
  await page.getByRole('menuitem', { name: 'Withdraw from the course…' }).click();
  const dialog = page.getByRole('dialog', { name: `Withdraw ${name} from the course` });
  await dialog.getByLabel('Reason').fill(reason);
  await beforeConfirm?.();
  await dialog.getByRole('button', { name: 'Withdraw' }).click();
  await expect(
    page.getByRole('region', { name: 'Participants' }).getByRole('row', { name: new RegExp(name) }),
  ).toContainText('Withdrawn');
}
