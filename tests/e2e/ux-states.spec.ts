import { expect, test } from '@playwright/test';
import { expectAccessible, firstParticipantName, freshDemo, withdrawParticipant } from './helpers';

/** As signInWithDemoButton, with room for a slow shared machine (the in-browser database). */
async function signInWithDemoButton(page: import('@playwright/test').Page, name: string) {
  await page.getByRole('button', { name }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible({ timeout: 60_000 });
}

const SAM = 'Sign in as Sam Patel, service admin';
const nav = (page: import('@playwright/test').Page, name: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();

test.setTimeout(240_000);

test('waiting list, referral signposting, enrol and add-staff dialogs: axe clean in light and dark', async ({
  page,
}) => {
  await freshDemo(page);
  await signInWithDemoButton(page, SAM);
  await nav(page, 'Waiting list');
  await expect(page.getByRole('heading', { name: 'Waiting list', level: 1 })).toBeVisible();
  await expect(page.getByRole('table').getByRole('row').nth(3)).toBeVisible();
  await expectAccessible(page, 'waiting list');

  await page.goto('/waiting-list/new');
  await page.getByRole('combobox', { name: /Borough/ }).selectOption('Camden');
  await expect(page.getByRole('alert')).toContainText('Not eligible for this course');
  // Only the signposting: nothing else to fill in or submit, in a real browser's layout too.
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add to waiting list' })).toHaveCount(0);
  await expectAccessible(page, 'referral, Camden signposted');

  await nav(page, 'Cohorts');
  await page.getByRole('link', { name: 'Winter A – online' }).click();
  await page.getByRole('button', { name: 'Enrol participant' }).click();
  const enrol = page.getByRole('dialog');
  await expect(enrol).toBeVisible();
  await expectAccessible(page, 'enrol dialog');
  await enrol.getByRole('button', { name: 'Cancel' }).click();

  await nav(page, 'Staff');
  await page.getByRole('button', { name: 'Add member of staff' }).click();
  await expect(page.getByRole('dialog', { name: 'Add a member of staff' })).toBeVisible();
  await expectAccessible(page, 'add member of staff dialog');
});

test('a manager reads a register: no controls, axe clean in light and dark', async ({ page }) => {
  await freshDemo(page);
  await signInWithDemoButton(page, 'Sign in as Joanne Fraser, service manager');
  await nav(page, 'Registers');
  await page.getByRole('region', { name: 'Today' }).getByRole('link').first().click();
  await expect(page.getByText('Read only')).toBeVisible();
  await expect(page.getByRole('radio')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /note for/ })).toHaveCount(0);
  await expectAccessible(page, "manager's register");
});

test('absence flags: the action buttons are named by what they say', async ({ page }) => {
  await freshDemo(page);
  await signInWithDemoButton(page, SAM);
  await nav(page, 'Absence flags');
  const table = page.getByRole('table', { name: 'Absence flags' });
  await expect(table).toBeVisible();
  await expect(table.getByRole('button', { name: /^Act on breach for / }).first()).toBeVisible();
  await expectAccessible(page, 'absence flags');
  await table
    .getByRole('button', { name: /^(Act on breach|Record contact) for / })
    .first()
    .click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectAccessible(page, 'flag action dialog');
});

test('layout: cohort dates show whole at 1366 px', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await freshDemo(page);
  await signInWithDemoButton(page, SAM);
  await nav(page, 'Cohorts');
  const table = page.getByRole('table', { name: 'Cohorts' });
  await expect(table.getByRole('row').nth(2)).toBeVisible();
  // A cell cut short by an ellipsis is wider inside than it shows.
  const dates = await table.evaluate((t) => {
    const cells = [...t.querySelectorAll('[role="cell"], td')].filter((c) =>
      /\d{4}/.test(c.textContent ?? ''),
    );
    return {
      count: cells.length,
      clipped: cells.filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent),
    };
  });
  expect(dates.count, 'date cells found').toBeGreaterThan(10);
  expect(dates.clipped, 'dates cut short at 1366 px').toEqual([]);
});

/** How far the page scrolls sideways, and the outermost boxes that reach past the viewport's
 * right edge: those that widen the page, and fixed ones (a header) whose end is cut off. A box
 * inside one that scrolls or clips sideways (a wide table's own region) is that box's business. */
async function overflow(page: import('@playwright/test').Page) {
  return page.evaluate(() => {
    const limit = document.documentElement.clientWidth + 1;
    const clips = (el: Element) => /auto|scroll|hidden|clip/.test(getComputedStyle(el).overflowX);
    const clipped = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement)
        if (clips(p)) return true;
      return false;
    };
    const out = (el: Element | null) => !!el && el.getBoundingClientRect().right > limit;
    const culprits = [...document.querySelectorAll('body *')]
      .filter((el) => out(el) && !out(el.parentElement) && !clipped(el))
      .filter((el) => getComputedStyle(el).visibility !== 'hidden')
      .slice(0, 3)
      .map((el) => {
        const label = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30);
        const right = Math.round(el.getBoundingClientRect().right);
        return `${el.tagName.toLowerCase()}.${String(el.className).slice(0, 30)} "${label}" to ${right}px`;
      });
    return { width: document.documentElement.scrollWidth, culprits };
  });
}

// WCAG 1.4.10 (reflow): at 360 CSS px nothing scrolls sideways but a wide table inside its own
// scrolling region. Every route is visited, detail pages through the first link of their list.
test('layout: every page fits a 360 px phone without scrolling sideways', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const wide: string[] = [];
  const check = async (path: string, heading?: RegExp) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible({
      timeout: 60_000,
    });
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 30_000 });
    const { width, culprits } = await overflow(page);
    if (width > 360 || culprits.length > 0)
      wide.push(`${path}: ${width}px (${culprits.join(', ')})`);
  };
  const firstLink = async (pattern: RegExp) => {
    const hrefs = await page
      .getByRole('main')
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    const href = hrefs.find((h) => pattern.test(h));
    expect(href, `a link matching ${pattern}`).toBeTruthy();
    return href!;
  };

  await freshDemo(page);
  await check('/sign-in');
  await page.getByRole('button', { name: SAM }).click();
  // Below the sm breakpoint the navigation is behind its menu button.
  await expect(page.getByRole('button', { name: 'Toggle navigation' })).toBeVisible({
    timeout: 60_000,
  });
  // A withdrawal from a cohort early in its course frees a place: the vacancy pages have one.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/cohorts');
  await page.getByRole('link', { name: 'Winter A – online' }).click();
  await withdrawParticipant(page, await firstParticipantName(page), 'Moving out of the area');
  await page.setViewportSize({ width: 360, height: 740 });
  const details: string[] = ['/cohorts/new', '/waiting-list/new', '/no-such-page'];
  for (const [list, detail] of [
    ['/dashboard', /^\/dashboard\/cohorts\/[^/]+$/],
    ['/registers', /^\/registers\/[^/]+$/],
    ['/cohorts', /^\/cohorts\/[^/]+$/],
    ['/flags', null],
    ['/waiting-list', /^\/waiting-list\/(?!new)[^/]+$/],
    ['/vacancies', /^\/vacancies\/[^/]+$/],
    ['/audit', null],
    ['/staff', null],
    ['/settings', null],
  ] as const) {
    await check(list);
    if (detail) details.push(await firstLink(detail));
  }
  const register = details.find((d) => d.startsWith('/registers/'))!;
  const cohort = details.find((d) => /^\/cohorts\/(?!new)/.test(d))!;
  details.push(`${register}/print`, `${cohort}/edit`);
  for (const path of details) await check(path);
  expect(wide, 'pages wider than a 360 px phone').toEqual([]);
});
