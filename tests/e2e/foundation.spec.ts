import { expect, test } from '@playwright/test';
import { expectAccessible, freshDemo, signInWithDemoButton } from './helpers';

test.beforeEach(async ({ page }) => {
  await freshDemo(page);
});

test('sign-in page is accessible', async ({ page }) => {
  await expectAccessible(page, 'sign-in');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByText('Enter your password')).toBeVisible();
  await expectAccessible(page, 'sign-in with validation errors');
});

const ROLES = [
  { button: 'Sign in as Priya Shah, psychology facilitator', cohort: 'Autumn A – online', sees: 5 },
  {
    button: 'Sign in as Sam Patel, service admin',
    cohort: 'Autumn C – Finsbury (face to face)',
    sees: 10,
  },
  { button: 'Sign in as Joanne Fraser, service manager', cohort: 'Summer B – online', sees: 10 },
];

for (const role of ROLES) {
  test(`${role.button.replace('Sign in as ', '')}: sign in, browse cohorts, open one`, async ({
    page,
  }) => {
    await signInWithDemoButton(page, role.button);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Cohorts' })
      .click();
    const table = page.getByRole('table', { name: 'Cohorts' });
    await expect(table.getByRole('row')).toHaveCount(role.sees + 1);
    await expectAccessible(page, 'cohorts');

    await table.getByRole('link', { name: role.cohort }).click();
    await expect(page.getByRole('heading', { name: role.cohort, level: 1 })).toBeVisible();
    await expect(
      page.getByRole('region', { name: 'Participants' }).getByRole('row').nth(1),
    ).toBeVisible();
    expect(page.url()).not.toMatch(/\d{10}/);
    await expectAccessible(page, 'cohort page');

    await page.reload();
    await expect(page.getByRole('heading', { name: role.cohort, level: 1 })).toBeVisible();

    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await expect(page.getByLabel('Email')).toBeVisible();
  });
}

test('an unauthenticated visit returns to the page asked for after sign-in', async ({ page }) => {
  await page.goto('/cohorts?status=completed');
  await expect(page).toHaveURL(/\/sign-in\?redirect=/);
  await page.getByLabel('Email').fill('joanne.fraser@nhs.net');
  await page.getByRole('textbox', { name: 'Password' }).fill('demo-pain-course');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(/\/cohorts\?status=completed/);
  await expect(page.getByRole('table', { name: 'Cohorts' }).getByRole('row')).toHaveCount(3);
});

test('404 page is accessible', async ({ page }) => {
  await signInWithDemoButton(page, 'Sign in as Sam Patel, service admin');
  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expectAccessible(page, '404');
});

test('the built app is served with a strict Content-Security-Policy and breaks none of it', async ({
  page,
}) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  const response = await page.goto('/sign-in');
  const csp = response?.headers()['content-security-policy'] ?? '';
  for (const directive of [
    "script-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ]) {
    expect(csp).toContain(directive);
  }
  await signInWithDemoButton(page, 'Sign in as Sam Patel, service admin');
  await page.getByRole('link', { name: 'Autumn A – online' }).click();
  await expect(page.getByRole('heading', { name: 'Autumn A – online', level: 1 })).toBeVisible();
  expect(violations).toEqual([]);
});
