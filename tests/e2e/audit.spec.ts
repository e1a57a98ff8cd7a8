import { expect, test } from '@playwright/test';
import { expectAccessible, freshDemo, signInWithDemoButton } from './helpers';

test('a change to a cohort reads in words in its History, filtered to that cohort', async ({
  page,
}) => {
  await freshDemo(page);
  await signInWithDemoButton(page, 'Sign in as Sam Patel, service admin');
  await page.getByRole('link', { name: 'Winter A – online' }).click();
  await page.getByRole('button', { name: 'Edit cohort' }).click();
  const capacity = page.getByRole('textbox', { name: 'Capacity' });
  const was = await capacity.inputValue();
  await capacity.fill('18');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { name: 'Winter A – online', level: 1 })).toBeVisible();

  await page.getByRole('link', { name: 'History of this cohort' }).click();
  await expect(page.getByRole('heading', { name: 'Audit trail' })).toBeVisible();
  await expect(page.getByText('History of Winter A – online')).toBeVisible();
  const url = new URL(page.url());
  expect(url.searchParams.get('entity')).toBe('cohort');
  expect(url.href).not.toMatch(/Winter/);
  const rows = page.getByRole('table', { name: 'Audit trail' }).locator('tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Cohort details changed');
  await expect(rows.first()).toContainText(`Capacity: ${was} → 18`);
  await expect(rows.first()).not.toContainText('{');
  await expectAccessible(page, 'audit trail filtered to a cohort');

  // The cohort's name links back to its page, by id.
  await rows.first().getByRole('link', { name: 'Winter A – online' }).click();
  await expect(page.getByRole('heading', { name: 'Winter A – online', level: 1 })).toBeVisible();
});
