import { expect, type Page } from '@playwright/test';
import { demoSeed } from '../../src/demo-seed/demo-seed';

export const PASSWORD = 'demo-pain-course';

/** Every URL the page asks for, to prove no mock worker loads and no patient detail travels in a URL. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  page.on('framenavigated', (f) => urls.push(f.url()));
  return urls;
}

/** Real mode has no demo buttons: sign in the way staff do, with email and password. */
export async function signIn(page: Page, email: string) {
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { name: 'Pain course register', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: /Sign in as/ })).toHaveCount(0);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  // Each role lands on its own start page; go to the cohorts list, where every journey begins.
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Cohorts' })
    .click();
  await expect(page.getByRole('heading', { name: 'Cohorts', level: 1 })).toBeVisible();
}

/** Every participant's name and NHS number in the demo seed the server started with (the
 * seed is deterministic for a given day). */
export function patientIdentifiers(): string[] {
  return demoSeed().participants.flatMap((p) => [
    p.nhsNumber,
    `${p.givenName} ${p.familyName}`,
    `${p.givenName}+${p.familyName}`,
  ]);
}

/** No MSW, nothing about patients readable in browser storage, nothing identifying in a URL. */
export async function expectRealBackendHygiene(page: Page, urls: string[], identifiers: string[]) {
  const registrations = await page.evaluate(
    async () => (await navigator.serviceWorker.getRegistrations()).length,
  );
  expect(registrations, 'service workers registered').toBe(0);
  expect(
    urls.filter((u) => u.includes('mockServiceWorker')),
    'requests for the mock worker',
  ).toEqual([]);
  expect(
    urls.some((u) => u.startsWith('http://127.0.0.1:8787/api/')),
    'the app called the HTTP API',
  ).toBe(true);

  const stored = await page.evaluate(async () => ({
    local: Object.entries(localStorage),
    session: Object.entries(sessionStorage),
    idb: (await indexedDB.databases()).map((d) => d.name),
    // The register's outbox: entries encrypted under the user's key from the
    // server. Read here as anyone with the laptop would, the ciphertext as text.
    outbox: await new Promise<string>((resolve) => {
      const open = indexedDB.open('cohort-register-outbox-sealed');
      open.onerror = () => resolve('');
      open.onupgradeneeded = () => open.transaction?.abort();
      open.onsuccess = () => {
        const all = open.result.transaction('entries').objectStore('entries').getAll();
        all.onsuccess = () =>
          resolve(
            (all.result as { data: ArrayBuffer }[])
              .map((r) => new TextDecoder('latin1').decode(new Uint8Array(r.data)))
              .join('\n'),
          );
      };
    }),
  }));
  expect(stored.local, 'localStorage').toEqual([]);
  // Only the encrypted outbox, and nothing readable in it.
  expect(
    stored.idb.filter((name) => name !== 'cohort-register-outbox-sealed'),
    'IndexedDB databases',
  ).toEqual([]);
  expect(
    identifiers.filter((id) => stored.outbox.includes(id)),
    'patient details in the outbox',
  ).toEqual([]);
  // No token at all (the session is an httpOnly cookie). TanStack Router keeps
  // scroll positions keyed by path (router option scrollRestoration); paths hold ids only, and
  // the check below proves no patient detail is in it.
  const keys = stored.session
    .map(([k]) => k)
    .filter((k) => !k.startsWith('tsr-scroll-restoration'));
  expect(keys, 'sessionStorage keys').toEqual([]);
  const values = stored.session.map(([, v]) => v).join('\n');
  expect(
    identifiers.filter((id) => values.includes(id)),
    'patient details in sessionStorage',
  ).toEqual([]);
  expect(values.replace(/\s/g, '')).not.toMatch(/\d{10}/);

  // The session cookie: httpOnly (no script reads it), SameSite=Lax, on the whole site.
  const session = (await page.context().cookies()).filter((c) => c.name.endsWith('cohort-session'));
  expect(session, 'one session cookie').toHaveLength(1);
  expect(session[0]).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
  expect(await page.evaluate(() => document.cookie), 'cookies scripts can read').not.toContain(
    'cohort-session',
  );

  const leaks = urls.filter(
    (u) =>
      identifiers.some((id) => decodeURIComponent(u).includes(id)) ||
      /\d{10}/.test(decodeURIComponent(u).replace(/\s/g, '')),
  );
  expect(leaks, 'URLs with an NHS number or a name').toEqual([]);
}
