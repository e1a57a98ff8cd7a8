import axe, { type AxeResults } from 'axe-core';
import { expect, type Page } from '@playwright/test';
import { todayIso } from '../../src/domain/dates';
import { sessionStartsAt } from '../../src/domain/session-start';

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** What a colour scheme can change (contrast), and the landmark rules axe files under best
 * practice: a dialog must not add a second banner, and landmarks are unique. */
const SECOND_RUN = [
  'color-contrast',
  'link-in-text-block',
  'landmark-no-duplicate-banner',
  'landmark-unique',
  'landmark-banner-is-top-level',
];

/** axe in the page, once per document: a route change in the app keeps it, so only a reload or
 * a new page injects it again (AxeBuilder injected it on every call, most of a call's cost). */
async function injectAxe(page: Page) {
  if (await page.evaluate(() => 'axe' in window)) return;
  await page.evaluate(axe.source);
}

/** The one accessibility check of an e2e state, called at every state a journey reaches (each
 * page, each dialog open, each error or conflict shown): zero axe violations of WCAG 2.2 AA in
 * the scheme the page is in, then in the other scheme the rules a scheme can change (contrast)
 * and the landmark rules, on this very state. Mantine's colour scheme is one attribute on <html>
 * and every colour is a CSS variable under it (no colour is computed in script), so flipping the
 * attribute is the app's own dark mode with no reload or re-render. Both runs go in one call into
 * the page. Leaves the page in the scheme it found. */
export async function expectAccessible(page: Page, state: string) {
  await injectAxe(page);
  const found = await page.evaluate(
    async ({ tags, rules }) => {
      type Axe = typeof import('axe-core');
      const { run } = (window as unknown as { axe: Axe }).axe;
      const html = document.documentElement;
      const start = html.getAttribute('data-mantine-color-scheme') ?? 'light';
      const other = start === 'dark' ? 'light' : 'dark';
      const say = (r: AxeResults) =>
        r.violations.map(
          (v) =>
            `${v.id}: ${v.help} (${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')})`,
        );
      const only = { resultTypes: ['violations'] as ['violations'] };
      const first = await run(document, { ...only, runOnly: { type: 'tag', values: tags } });
      html.setAttribute('data-mantine-color-scheme', other);
      try {
        const second = await run(document, { ...only, runOnly: { type: 'rule', values: rules } });
        return { [start]: say(first), [other]: say(second) };
      } finally {
        html.setAttribute('data-mantine-color-scheme', start);
      }
    },
    { tags: WCAG_AA, rules: SECOND_RUN },
  );
  expect(found, `axe violations on ${state}`).toEqual({ light: [], dark: [] });
}

/** Starts each test from the seed, signed out, on the sign-in page. A test's browser context is
 * new, so its storage is empty and the mock seeds its data on first use: only a page that has
 * stored something (a saved demo database, a session) is cleared and loaded again. */
export async function freshDemo(page: Page) {
  await page.goto('/sign-in');
  const used = await page.evaluate(() => localStorage.length + sessionStorage.length > 0);
  if (used) {
    await page.evaluate(() => {
      localStorage.clear();
      sessionStorage.clear();
    });
    await page.reload();
  }
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
