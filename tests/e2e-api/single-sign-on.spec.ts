import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from '../e2e/helpers';
import {
  expectRealBackendHygiene,
  patientIdentifiers,
  recordRequests,
  signIn,
} from './real-backend';

// NHS single sign-on for real, through the local OpenID provider the config starts
// (tests/e2e-api/oidc-provider.mjs: authorization code with PKCE, private_key_jwt). One
// sign-in serves every tab; "Sign out everywhere" ends them all; an identity no staff account
// is linked to is refused with a page that says so.

const PROVIDER_PASSWORD = 'provider-test-password';
const SSO = 'Sign in with NHS login / your organisation';

/** The provider's own sign-in page, as a member of staff fills it in. */
async function signInAtProvider(page: Page, username: string) {
  await expect(
    page.getByRole('heading', { name: 'Local test identity provider', level: 1 }),
  ).toBeVisible();
  expect(new URL(page.url()).port).toBe('8790');
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(PROVIDER_PASSWORD);
  await page.getByRole('button', { name: 'Continue' }).click();
}

test('Priya Shah signs in through single sign-on, opens a register in a second tab without signing in again, then signs out everywhere', async ({
  page,
  context,
}) => {
  const urls = recordRequests(page);
  // Asked for a page while signed out: to sign-in, then back to that page.
  await page.goto('/registers');
  await expect(page).toHaveURL(/\/sign-in\?redirect=%2Fregisters/);
  const sso = page.getByRole('link', { name: SSO });
  await expect(sso).toBeVisible();
  await expectAccessible(page, 'sign-in with single sign-on (real backend)');
  await sso.click();
  await signInAtProvider(page, 'priya.shah');

  // Back on the app, signed in, on the page first asked for.
  await expect(page).toHaveURL('http://127.0.0.1:4174/registers');
  const today = page.getByRole('region', { name: 'Today' });
  const register = today.getByRole('link', { name: 'Autumn A – online: session 5' });
  await expect(register).toBeVisible();
  await expect(page.getByText('Priya Shah · psychology facilitator')).toBeVisible();
  await register.click();
  await expect(page.getByText(/of 18 marked/)).toBeVisible();
  const registerUrl = page.url();
  await expectAccessible(page, 'register after single sign-on (real backend)');

  // A second tab of the same browser: the register at once, no sign-in.
  const second = await context.newPage();
  await second.goto(registerUrl);
  await expect(second.getByText(/of 18 marked/)).toBeVisible();
  await expect(second.getByRole('link', { name: SSO })).toHaveCount(0);

  await expectRealBackendHygiene(page, urls, patientIdentifiers());

  // Sign out everywhere, from the user menu.
  await page.getByRole('button', { name: 'Sign out everywhere' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sign out everywhere?' });
  await expect(dialog).toBeVisible();
  await expectAccessible(page, 'sign out everywhere dialog');
  await dialog.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(page.getByRole('heading', { name: 'Pain course register', level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
  // The other tab hears of it at once, and its session is gone on the server too.
  await expect(second).toHaveURL(/\/sign-in/);
  await expect(second.getByText(/of 18 marked/)).toHaveCount(0);
  await second.goto(registerUrl);
  await expect(second).toHaveURL(/\/sign-in\?redirect=/);
  expect(
    (await context.cookies()).filter((c) => c.name.endsWith('cohort-session')),
    'the session cookie is cleared',
  ).toEqual([]);
});

test('an identity no staff account is linked to is refused with a page that says so', async ({
  page,
  context,
}) => {
  await page.goto('/sign-in');
  await page.getByRole('link', { name: SSO }).click();
  await signInAtProvider(page, 'alex.unknown');
  await expect(page).toHaveURL(/\/sign-in\?reason=sso-unknown/);
  const refusal = page.getByRole('alert').filter({ hasText: 'No staff account is linked' });
  await expect(refusal).toBeVisible();
  await expect(refusal).toContainText('Ask your service admin to add you');
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  expect((await context.cookies()).filter((c) => c.name.endsWith('cohort-session'))).toEqual([]);
  await expectAccessible(page, 'single sign-on refused: unknown identity');
  // Nothing was kept: asking for a page again still goes to sign-in.
  await page.goto('/cohorts');
  await expect(page).toHaveURL(/\/sign-in\?redirect=%2Fcohorts/);
});

test('a member of staff an admin deactivates is signed out at once and refused at single sign-on', async ({
  page,
  browser,
}) => {
  // The admin adds Lee on the staff page (no password: Lee signs in through the provider).
  await signIn(page, 'sam.patel@nhs.net');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Staff' }).click();
  await page.getByRole('button', { name: 'Add member of staff' }).click();
  const add = page.getByRole('dialog', { name: 'Add a member of staff' });
  await add.getByLabel('Name').fill('Lee Leaver');
  await add.getByRole('textbox', { name: 'Email' }).fill('lee.leaver@nhs.net');
  await add.getByLabel('Role').selectOption('Facilitator');
  await add.getByLabel('Discipline').selectOption('Psychology');
  await add.getByRole('button', { name: 'Add member of staff' }).click();
  await expect(add).toBeHidden();

  // Lee, in a browser of their own: the first single sign-on binds the account by email.
  const lee = await (await browser.newContext()).newPage();
  await lee.goto('/sign-in');
  await lee.getByRole('link', { name: SSO }).click();
  await signInAtProvider(lee, 'lee.leaver');
  await expect(lee.getByText('Lee Leaver · psychology facilitator')).toBeVisible();

  // Deactivated with a reason: Lee's session ends at once.
  const table = page.getByRole('table', { name: 'Staff' });
  await table.getByRole('button', { name: 'Deactivate Lee Leaver' }).click();
  const deactivate = page.getByRole('dialog', { name: 'Deactivate Lee Leaver' });
  await deactivate.getByLabel('Reason').fill('Left the service');
  await deactivate.getByRole('button', { name: 'Deactivate' }).click();
  await expect(deactivate).toBeHidden();
  await lee.goto('/registers');
  await expect(lee).toHaveURL(/\/sign-in\?redirect=%2Fregisters/);

  // And single sign-on is refused with a page that says why (the provider may still know
  // Lee from a minute ago and not ask again).
  await lee.getByRole('link', { name: SSO }).click();
  const providerPage = lee.getByRole('heading', { name: 'Local test identity provider', level: 1 });
  await expect(providerPage.or(lee.getByRole('alert'))).toBeVisible();
  if (await providerPage.isVisible()) await signInAtProvider(lee, 'lee.leaver');
  await expect(lee).toHaveURL(/\/sign-in\?reason=sso-deactivated/);
  await expect(lee.getByRole('alert')).toContainText('Your account has been switched off');
  await expect(lee.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await expectAccessible(lee, 'single sign-on refused: deactivated');
  await lee.context().close();
});
