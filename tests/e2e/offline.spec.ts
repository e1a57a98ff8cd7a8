import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, freshDemo, signInWithDemoButton } from './helpers';

// Issue 16: the register never loses a mark or a note, offline included.

const PRIYA = 'Sign in as Priya Shah, psychology facilitator';

async function openTodaysRegister(page: Page) {
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
  await expectNoAxeViolations(page, 'register, offline with waiting marks');
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
