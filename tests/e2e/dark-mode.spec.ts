import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, freshDemo, signInWithDemoButton } from './helpers';

const scheme = (page: Page) => page.locator('html');
const theme = (page: Page) => page.getByRole('combobox', { name: 'Theme' });

test.describe('on a device set to dark', () => {
  test.use({ colorScheme: 'dark' });

  test('the app follows the device, passes the same accessibility checks, and keeps a choice', async ({
    page,
  }) => {
    await freshDemo(page);
    await expect(scheme(page)).toHaveAttribute('data-mantine-color-scheme', 'dark');
    await signInWithDemoButton(page, 'Sign in as Priya Shah, psychology facilitator');
    await expect(theme(page)).toHaveValue('auto');
    await expectNoAxeViolations(page, 'cohorts, dark (device)');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Registers' })
      .click();
    await page
      .getByRole('region', { name: 'Today' })
      .getByRole('link', { name: 'Autumn A – online: session 5' })
      .click();
    await page
      .getByRole('radiogroup')
      .nth(0)
      .getByRole('radio', { name: 'Did not attend' })
      .click();
    await page.getByRole('radiogroup').nth(1).getByRole('radio', { name: 'Attended' }).click();
    await expectNoAxeViolations(page, 'register, dark');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Absence flags' })
      .click();
    await expect(page.getByRole('table', { name: 'Absence flags' })).toBeVisible();
    await expectNoAxeViolations(page, 'absence flags, dark');

    // The user's choice wins over the device, and is kept over a reload.
    await theme(page).selectOption('light');
    await expect(scheme(page)).toHaveAttribute('data-mantine-color-scheme', 'light');
    await page.reload();
    await expect(theme(page)).toHaveValue('light');
    await expect(scheme(page)).toHaveAttribute('data-mantine-color-scheme', 'light');
    await expectNoAxeViolations(page, 'absence flags, light chosen on a dark device');
    // "Follow device" forgets it.
    await theme(page).selectOption('auto');
    await expect(scheme(page)).toHaveAttribute('data-mantine-color-scheme', 'dark');
    await page.reload();
    await expect(theme(page)).toHaveValue('auto');
    await expect(scheme(page)).toHaveAttribute('data-mantine-color-scheme', 'dark');
  });
});

test.describe('on a device set to light', () => {
  test.use({ colorScheme: 'light' });

  test('the app is light, and turns dark when the device does, until the user chooses', async ({
    page,
  }) => {
    await freshDemo(page);
    await signInWithDemoButton(page, 'Sign in as Priya Shah, psychology facilitator');
    await expect(scheme(page)).toHaveAttribute('data-mantine-color-scheme', 'light');
    await expectNoAxeViolations(page, 'cohorts, light (device)');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(scheme(page)).toHaveAttribute('data-mantine-color-scheme', 'dark');
    await theme(page).selectOption('light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(scheme(page)).toHaveAttribute('data-mantine-color-scheme', 'light');
  });
});
