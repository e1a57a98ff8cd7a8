import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, freshDemo, signInWithDemoButton } from './helpers';

test('dark mode passes the same accessibility checks', async ({ page }) => {
  await freshDemo(page);
  await signInWithDemoButton(page, 'Sign in as Priya Shah, psychology facilitator');
  await page.getByRole('button', { name: 'Dark mode' }).click();
  await expect(page.getByRole('button', { name: 'Dark mode' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await expectNoAxeViolations(page, 'cohorts, dark');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Registers' })
    .click();
  await page
    .getByRole('region', { name: 'Today' })
    .getByRole('link', { name: 'Autumn A – online: session 5' })
    .click();
  await page.getByRole('radiogroup').nth(0).getByRole('radio', { name: 'Did not attend' }).click();
  await page.getByRole('radiogroup').nth(1).getByRole('radio', { name: 'Attended' }).click();
  await expectNoAxeViolations(page, 'register, dark');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Absence flags' })
    .click();
  await expect(page.getByRole('table', { name: 'Absence flags' })).toBeVisible();
  await expectNoAxeViolations(page, 'absence flags, dark');
});
