import { expect, test } from '@playwright/test';
import { expectAccessible, freshDemo, signInWithDemoButton } from './helpers';

test('a facilitator marks a third absence -> breached flag -> an admin transfers, axe clean', async ({
  page,
}) => {
  await freshDemo(page);
  await signInWithDemoButton(page, 'Sign in as Priya Shah, psychology facilitator');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Absence flags' }).click();
  const flags = page.getByRole('table', { name: 'Absence flags' });
  const atRisk = flags
    .getByRole('row')
    .filter({ hasText: 'At risk' })
    .filter({ hasText: 'Autumn A – online' })
    .first();
  const name = (await atRisk.getByRole('cell').first().textContent())!.trim();
  await expectAccessible(page, 'absence flags page');

  await nav.getByRole('link', { name: 'Registers' }).click();
  await page
    .getByRole('region', { name: 'Today' })
    .getByRole('link', { name: 'Autumn A – online: session 5' })
    .click();
  const row = page.getByRole('group', { name });
  await row.getByRole('radio', { name: 'Did not attend' }).click();
  await expect(row.getByText('Breached')).toBeVisible();
  await expect(page.getByText('All marks saved')).toBeVisible();

  // Facilitators record contacts; deciding on a breach (transfer, keep, withdraw) is an admin's.
  await nav.getByRole('link', { name: 'Absence flags' }).click();
  await page.getByLabel('Status').selectOption('breached');
  await page
    .getByRole('table', { name: 'Absence flags' })
    .getByRole('row', { name: new RegExp(name) })
    .getByRole('button', { name: new RegExp(`^(Act on breach|Record contact) for ${name}$`) })
    .click();
  const own = page.getByRole('dialog', { name: `Absence flag: ${name}` });
  await expect(own.getByRole('radio', { name: /contacted them/ })).toBeVisible();
  await expect(own.getByRole('radio', { name: 'Transfer to a later cohort' })).toHaveCount(0);
  await expectAccessible(page, "a facilitator's flag dialog");
  await own.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await signInWithDemoButton(page, 'Sign in as Sam Patel, service admin');
  await nav.getByRole('link', { name: 'Absence flags' }).click();
  await page.getByLabel('Status').selectOption('breached');
  const flagRow = page
    .getByRole('table', { name: 'Absence flags' })
    .getByRole('row', { name: new RegExp(name) });
  await expect(flagRow).toContainText('Breached');
  await flagRow
    .getByRole('button', { name: new RegExp(`^(Act on breach|Record contact) for ${name}$`) })
    .click();
  const dialog = page.getByRole('dialog', { name: `Absence flag: ${name}` });
  await dialog.getByRole('radio', { name: /Winter A – online/ }).check();
  await dialog.getByRole('textbox', { name: 'Reason' }).fill('Agreed to restart in the next group');
  await expectAccessible(page, 'flag action dialog');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('table', { name: 'Absence flags' }).getByRole('row', { name: new RegExp(name) }),
  ).toHaveCount(0);
  await expectAccessible(page, 'absence flags after transfer');
});

test('audit trail and settings pages are accessible to a manager', async ({ page }) => {
  await freshDemo(page);
  await signInWithDemoButton(page, 'Sign in as Joanne Fraser, service manager');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Audit trail' })
    .click();
  await expect(page.getByRole('heading', { name: 'Audit trail' })).toBeVisible();
  await expectAccessible(page, 'audit trail');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Settings' })
    .click();
  await expect(page.getByRole('textbox', { name: 'Absences allowed' })).toBeDisabled();
  await expectAccessible(page, 'settings (read-only)');
});
