import { expect, test } from '@playwright/test';
import { expectAccessible, freshDemo, signInWithDemoButton } from './helpers';

test('an admin adds a member of staff, then deactivates them with a reason; axe clean', async ({
  page,
}) => {
  await freshDemo(page);
  await signInWithDemoButton(page, 'Sign in as Sam Patel, service admin');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Staff' }).click();
  await expect(page.getByRole('heading', { name: 'Staff', level: 1 })).toBeVisible();
  const table = page.getByRole('table', { name: 'Staff' });
  await expect(table.getByRole('row', { name: /Priya Shah/ })).toBeVisible();
  await expectAccessible(page, 'staff page');

  await page.getByRole('button', { name: 'Add member of staff' }).click();
  const add = page.getByRole('dialog', { name: 'Add a member of staff' });
  await add.getByLabel('Name').fill('Ada Okoye');
  await add.getByRole('textbox', { name: 'Email' }).fill('ada.okoye@nhs.net');
  await add.getByLabel('Role').selectOption('Facilitator');
  await add.getByLabel('Discipline').selectOption('Physiotherapy');
  await expectAccessible(page, 'add member of staff dialog');
  await add.getByRole('button', { name: 'Add member of staff' }).click();
  await expect(add).toBeHidden();
  await expect(page.getByRole('status')).toContainText('Added Ada Okoye');
  const row = table.getByRole('row', { name: /Ada Okoye/ });
  await expect(row).toContainText('Facilitator (Physiotherapy)');
  await expect(row).toContainText('Active');

  await row.getByRole('button', { name: 'Deactivate Ada Okoye' }).click();
  const deactivate = page.getByRole('dialog', { name: 'Deactivate Ada Okoye' });
  await deactivate.getByRole('button', { name: 'Deactivate' }).click();
  await expect(deactivate.getByText('Reason is required')).toBeVisible();
  await deactivate.getByLabel('Reason').fill('Took a post at another trust');
  await expectAccessible(page, 'deactivate dialog');
  await deactivate.getByRole('button', { name: 'Deactivate' }).click();
  await expect(deactivate).toBeHidden();
  await expect(table.getByRole('row', { name: /Ada Okoye/ })).toHaveCount(0);

  await page.getByLabel('Show').selectOption('Deactivated');
  const gone = table.getByRole('row', { name: /Ada Okoye/ });
  await expect(gone).toContainText('Deactivated');
  await expect(gone).toContainText('Took a post at another trust');
  await expect(gone.getByRole('button', { name: 'Reactivate Ada Okoye' })).toBeVisible();
  await expectAccessible(page, 'staff page, deactivated');

  // A dialog listing cohorts to reassign.
  await page.getByLabel('Show').selectOption('Active staff');
  await table.getByRole('button', { name: 'Deactivate Priya Shah' }).click();
  const priya = page.getByRole('dialog', { name: 'Deactivate Priya Shah' });
  await expect(priya).toContainText('They still facilitate these cohorts');
  await expectAccessible(page, 'deactivate dialog with cohorts');
  await priya.getByRole('button', { name: 'Cancel' }).click();
  await expect(priya).toBeHidden();
});
