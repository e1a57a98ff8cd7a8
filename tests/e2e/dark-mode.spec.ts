import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, freshDemo, signInWithDemoButton } from './helpers';

const scheme = (page: Page) => page.locator('html');
const theme = (page: Page) => page.getByRole('combobox', { name: 'Theme' });

test.describe('on a device set to dark', () => {
  test.use({ colorScheme: 'dark' });

  test('the app follows the device and keeps a choice', async ({ page }) => {
    await freshDemo(page);
    await expect(scheme(page)).toHaveAttribute('data-mantine-color-scheme', 'dark');
    await signInWithDemoButton(page, 'Sign in as Priya Shah, psychology facilitator');
    await expect(theme(page)).toHaveValue('auto');
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
    // The states themselves are checked in both schemes where the journeys reach them
    // (expectAccessible); here, a register with marks on a device that is dark.
    await expectAccessible(page, 'register with marks, dark device');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Absence flags' })
      .click();
    await expect(page.getByRole('table', { name: 'Absence flags' })).toBeVisible();

    // The user's choice wins over the device, and is kept over a reload.
    await theme(page).selectOption('light');
    await expect(scheme(page)).toHaveAttribute('data-mantine-color-scheme', 'light');
    await page.reload();
    await expect(theme(page)).toHaveValue('light');
    await expect(scheme(page)).toHaveAttribute('data-mantine-color-scheme', 'light');
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
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(scheme(page)).toHaveAttribute('data-mantine-color-scheme', 'dark');
    await theme(page).selectOption('light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(scheme(page)).toHaveAttribute('data-mantine-color-scheme', 'light');
  });
});
