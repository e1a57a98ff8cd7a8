import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, freshDemo } from './helpers';

/** Keyboard only: press Tab until the focused control has this accessible name (bounded). */
async function tabTo(page: Page, name: RegExp, limit = 80) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const labelled = el.getAttribute('aria-labelledby');
      const byId = labelled
        ? labelled
            .split(' ')
            .map((id) => document.getElementById(id)?.textContent ?? '')
            .join(' ')
        : '';
      const label = el.id
        ? (document.querySelector(`label[for="${el.id}"]`)?.textContent ?? '')
        : '';
      return `${el.getAttribute('aria-label') ?? ''} ${byId} ${label} ${el.textContent ?? ''}`.trim();
    });
    if (name.test(focused)) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

async function signInByKeyboard(page: Page, account: RegExp) {
  await freshDemo(page);
  // The demo buttons arrive after the first paint; tab only once they are there.
  await expect(page.getByRole('button', { name: account })).toBeVisible();
  await tabTo(page, account);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}

test('admin, keyboard only: keep a breached participant with a documented reason', async ({
  page,
}) => {
  await signInByKeyboard(page, /Sign in as Sam Patel/);
  await tabTo(page, /^Absence flags$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('table', { name: 'Absence flags' })).toBeVisible();
  await tabTo(page, /^Act on breach for /);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await tabTo(page, /Transfer to a later cohort/);
  await page.keyboard.press('ArrowDown'); // next radio: keep with a reason
  await expect(
    dialog.getByRole('radio', { name: 'Keep in this cohort, with a documented reason' }),
  ).toBeChecked();
  await tabTo(page, /^Reason/);
  await page.keyboard.type('Absences were for hospital appointments');
  await tabTo(page, /^Save$/);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(
    page.getByText(/Reviewed: kept \(Absences were for hospital appointments\)/),
  ).toBeVisible();
  await expectAccessible(page, 'flags after a keyboard-only review');
});

test('manager, keyboard only: filter the dashboard and open a cohort dashboard', async ({
  page,
}) => {
  await signInByKeyboard(page, /Sign in as Joanne Fraser/);
  await expect(page.getByRole('heading', { name: 'Service dashboard', level: 1 })).toBeVisible();
  await tabTo(page, /^Delivery/);
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(/delivery=/);
  await tabTo(page, /^Autumn A – online$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /Autumn A – online/, level: 1 })).toBeVisible();
});
