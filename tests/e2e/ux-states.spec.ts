import { expect, test } from '@playwright/test';
import { expectAccessibleInBothSchemes, freshDemo } from './helpers';

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
  await expectAccessibleInBothSchemes(page, 'waiting list');

  await page.goto('/waiting-list/new');
  await page.getByRole('combobox', { name: /Borough/ }).selectOption('Camden');
  await expect(page.getByRole('alert')).toContainText('Not eligible for this course');
  // Only the signposting: nothing else to fill in or submit, in a real browser's layout too.
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add to waiting list' })).toHaveCount(0);
  await expectAccessibleInBothSchemes(page, 'referral, Camden signposted');

  await nav(page, 'Cohorts');
  await page.getByRole('link', { name: 'Winter A – online' }).click();
  await page.getByRole('button', { name: 'Enrol participant' }).click();
  const enrol = page.getByRole('dialog');
  await expect(enrol).toBeVisible();
  await expectAccessibleInBothSchemes(page, 'enrol dialog');
  await enrol.getByRole('button', { name: 'Cancel' }).click();

  await nav(page, 'Staff');
  await page.getByRole('button', { name: 'Add member of staff' }).click();
  await expect(page.getByRole('dialog', { name: 'Add a member of staff' })).toBeVisible();
  await expectAccessibleInBothSchemes(page, 'add member of staff dialog');
});

test('a manager reads a register: no controls, axe clean in light and dark', async ({ page }) => {
  await freshDemo(page);
  await signInWithDemoButton(page, 'Sign in as Joanne Fraser, service manager');
  await nav(page, 'Registers');
  await page.getByRole('region', { name: 'Today' }).getByRole('link').first().click();
  await expect(page.getByText('Read only')).toBeVisible();
  await expect(page.getByRole('radio')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /note for/ })).toHaveCount(0);
  await expectAccessibleInBothSchemes(page, "manager's register");
});

test('absence flags: the action buttons are named by what they say', async ({ page }) => {
  await freshDemo(page);
  await signInWithDemoButton(page, SAM);
  await nav(page, 'Absence flags');
  const table = page.getByRole('table', { name: 'Absence flags' });
  await expect(table).toBeVisible();
  await expect(table.getByRole('button', { name: /^Act on breach for / }).first()).toBeVisible();
  await expectAccessibleInBothSchemes(page, 'absence flags');
  await table
    .getByRole('button', { name: /^(Act on breach|Record contact) for / })
    .first()
    .click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectAccessibleInBothSchemes(page, 'flag action dialog');
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

// Not fixed yet (measured 7 Dec 2026 on the mock build): Cohorts 396 px, Registers 428 px,
// Waiting list 396 px, Vacancies 376 px, Staff 444 px wide at a 360 px viewport; the outermost
// boxes sticking out are a Mantine Group and the page's table. The check names them when run.
test.fixme('layout: no page wider than a 360 px phone', async ({ page }) => {
  await freshDemo(page);
  await signInWithDemoButton(page, SAM);
  await page.setViewportSize({ width: 360, height: 740 });
  const wide: string[] = [];
  for (const name of [
    'Cohorts',
    'Registers',
    'Absence flags',
    'Waiting list',
    'Vacancies',
    'Audit trail',
    'Staff',
    'Dashboard',
  ]) {
    // Below the sm breakpoint the navigation is behind the menu button.
    await page.getByRole('button', { name: 'Toggle navigation' }).click();
    await nav(page, name);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 60_000 });
    await page.waitForTimeout(500);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 360) {
      // Name the outermost elements that stick out, so the report says what to fix.
      const culprits = await page.evaluate(() =>
        [...document.querySelectorAll('body *')]
          .filter((el) => el.getBoundingClientRect().right > 361)
          .filter(
            (el) => !(el.parentElement && el.parentElement.getBoundingClientRect().right > 361),
          )
          .slice(0, 3)
          .map((el) => `${el.tagName.toLowerCase()}.${String(el.className).slice(0, 40)}`),
      );
      wide.push(`${name}: ${width}px (${culprits.join(', ')})`);
    }
  }
  expect(wide, 'pages wider than a 360 px phone').toEqual([]);
});
