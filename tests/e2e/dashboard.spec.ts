import { expect, test } from '@playwright/test';
import { expectAccessible, freshDemo } from './helpers';

test('a manager signs in, changes filters, opens a cohort dashboard; axe clean', async ({
  page,
}) => {
  await freshDemo(page);
  await page.getByRole('button', { name: 'Sign in as Joanne Fraser, service manager' }).click();
  // Managers land on the dashboard.
  await expect(page.getByRole('heading', { name: 'Service dashboard', level: 1 })).toBeVisible();
  await expect(page.getByRole('img', { name: /attendance rate by course week/i })).toBeVisible();
  await expectAccessible(page, 'service dashboard');

  await page.getByLabel('Delivery').selectOption({ label: 'Online' });
  await expect(page).toHaveURL(/delivery=online/);
  await page.getByLabel('Cohort status').selectOption({ label: 'Running' });
  await expect(page).toHaveURL(/status=running/);
  const panel = page.getByRole('region', { name: 'Attendance by course week' });
  await panel.getByRole('button', { name: 'Show as table' }).click();
  await expect(panel.getByRole('table', { name: 'Attendance by course week' })).toBeVisible();
  await expectAccessible(page, 'dashboard filtered, table shown');
  await page.reload();
  await expect(page.getByLabel('Delivery')).toHaveValue('online');

  await page
    .getByRole('navigation', { name: 'Cohort dashboards' })
    .getByRole('link', { name: 'Autumn A – online' })
    .click();
  await expect(page.getByRole('heading', { name: /Autumn A – online/, level: 1 })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Attendance by participant' }).getByRole('table'),
  ).toBeVisible();
  await expectAccessible(page, 'cohort dashboard');
});
