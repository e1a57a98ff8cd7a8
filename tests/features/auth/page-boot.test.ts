import { afterEach, describe, expect, it, vi } from 'vitest';

// The page the server wrote (src/server/http/app-html.ts) says who is signed in and starts the
// page's first reads: the app takes both as they are, with no `GET /auth/me` and no second
// request for a read already under way. Each test loads the modules afresh, as a page does.

const USER = {
  id: 'st-1',
  name: 'Sam Patel',
  email: 'sam.patel@nhs.net',
  role: 'admin',
  discipline: null,
};

async function openPage(boot: unknown) {
  document.head.innerHTML = `<script type="application/json" id="page-boot">${JSON.stringify(boot)}</script>`;
  const fetch = vi.fn(async (url: string) =>
    Response.json(url.endsWith('/auth/options') ? { singleSignOn: true } : { user: USER }),
  );
  vi.stubGlobal('fetch', fetch);
  vi.resetModules();
  const { restoreSession } = await import('../../../src/features/auth/api/session');
  const { authStore } = await import('../../../src/features/auth/auth-store');
  const { callApi } = await import('../../../src/api/client');
  const { signInOptionEndpoints } = await import('../../../src/api/endpoints/sign-in-options');
  const options = () => callApi(signInOptionEndpoints, 'GET /auth/options');
  return { restoreSession, authStore, options, fetch };
}

afterEach(async () => {
  (await import('../../../src/api/session-token')).writeToken(null);
  document.head.innerHTML = '';
  vi.unstubAllGlobals();
});

describe('the page the server wrote', () => {
  it('signs the user in from the page, and its early read answers the first ask', async () => {
    const page = await openPage({ user: USER, requests: ['/api/auth/options'] });
    expect(page.fetch).toHaveBeenCalledTimes(1); // the early read, before any app code ran
    await page.restoreSession();
    expect(page.authStore.get()).toEqual(USER);
    expect(await page.options()).toEqual({ singleSignOn: true });
    expect(page.fetch).toHaveBeenCalledTimes(1); // no /auth/me, no second read
    // Taken once: the next ask is a request of its own.
    await page.options();
    expect(page.fetch).toHaveBeenCalledTimes(2);
  });

  it('nobody signed in: no user and no /auth/me', async () => {
    const page = await openPage({ user: null });
    await page.restoreSession();
    expect(page.authStore.get()).toBeNull();
    expect(page.fetch).not.toHaveBeenCalled();
  });

  it('a user the app cannot read is checked with /auth/me instead', async () => {
    const page = await openPage({ user: { name: 'no id' } });
    // The session this test's build holds (mock mode: this tab's token).
    (await import('../../../src/api/session-token')).writeToken('tab-token');
    await page.restoreSession();
    expect(page.authStore.get()).toEqual(USER);
    expect(page.fetch.mock.calls.map(([url]) => new URL(url).pathname)).toEqual(['/api/auth/me']);
  });

  it('a page that says nothing (mock mode) starts no read', async () => {
    document.head.innerHTML = '';
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    vi.resetModules();
    const { pageBoot } = await import('../../../src/api/page-boot');
    expect(pageBoot()).toBeUndefined();
    expect(fetch).not.toHaveBeenCalled();
  });
});
