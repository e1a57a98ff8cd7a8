import { spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { createServer } from 'node:net';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../src/server/api';
import { signInByIdentity } from '../../src/server/auth/sign-on-accounts';
import { readConfig } from '../../src/server/config';
import { staffAccounts } from '../../src/server/db/domain-tables';
import { auditEvents } from '../../src/server/db/schema';
import { seedDemo } from '../../src/server/db/seed-demo';
import { createApp } from '../../src/server/http/app';
import { createLogger } from '../../src/server/logger';
import { BACKENDS, type TestDatabase } from './backends';
import { serveForTest } from './http-client';

// Single sign-on against a real OpenID provider (oidc-provider, the script the
// e2e-api suite runs), through the server's own routes: authorization code with PKCE,
// private_key_jwt, state and nonce; an account bound at its first sign-on by email and only by
// issuer + subject afterwards; unknown and switched-off identities refused and audited.

const APP_ORIGIN = 'http://127.0.0.1:4174';
// Registered at the provider; the test carries the provider's answer to the server itself.
const REDIRECT_URI = 'http://127.0.0.1:4174/api/auth/oidc/callback';
const CLIENT_ID = 'cohort-register-test';
const PASSWORD = 'provider-test-password';
const PRIYA = { username: 'priya.shah', subject: 'e2e-subject-priya-0001' };
const UNKNOWN = { username: 'alex.unknown', subject: 'e2e-subject-alex-0002' };

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Cookies as a browser keeps them for one host: name -> value, cleared by Max-Age=0. */
class Jar {
  readonly cookies = new Map<string, string>();
  take(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair!.indexOf('=');
      const [name, value] = [pair!.slice(0, at).trim(), pair!.slice(at + 1)];
      if (/max-age=0/i.test(line) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

let provider: ChildProcess;
let issuer: string;
const clientKeys = generateKeyPairSync('rsa', { modulusLength: 2048 });

beforeAll(async () => {
  const port = await freePort();
  issuer = `http://127.0.0.1:${port}`;
  provider = spawn(process.execPath, ['tests/e2e-api/oidc-provider.mjs'], {
    env: {
      ...process.env,
      OIDC_PROVIDER_PORT: String(port),
      OIDC_CLIENT_ID: CLIENT_ID,
      OIDC_REDIRECT_URI: REDIRECT_URI,
      OIDC_CLIENT_JWK: JSON.stringify({
        ...clientKeys.publicKey.export({ format: 'jwk' }),
        kid: 'test-client',
      }),
    },
    stdio: 'ignore',
  });
  for (const until = Date.now() + 20_000; ;) {
    const ok = await fetch(`${issuer}/.well-known/openid-configuration`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > until) throw new Error('the local OpenID provider did not start');
    await new Promise((r) => setTimeout(r, 200));
  }
}, 30_000);
afterAll(() => void provider?.kill());

describe.each(BACKENDS)('single sign-on on $name', (backend) => {
  let t: TestDatabase;
  let server: Awaited<ReturnType<typeof serveForTest>>;
  let api: string;

  beforeAll(async () => {
    t = await backend.open();
    await t.db.transaction((tx) => seedDemo(tx));
    const config = readConfig({
      SEED: 'demo',
      APP_ORIGIN,
      OIDC_ISSUER: issuer,
      OIDC_CLIENT_ID: CLIENT_ID,
      OIDC_SIGNING_KEY: clientKeys.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
      OIDC_SIGNING_KEY_ID: 'test-client',
      OIDC_REDIRECT_URI: REDIRECT_URI,
      OIDC_ACR_VALUES: 'AAL3_ANY',
    });
    const app = createApp({
      db: t.db,
      log: createLogger({ destination: { write: () => undefined } }),
      hostNames: ['127.0.0.1'],
      appOrigin: APP_ORIGIN,
      api: createApi(config),
    });
    server = await serveForTest(app);
    api = `http://127.0.0.1:${server.port}/api`;
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await t?.close();
  });

  /** The browser's round trip: the server's start, the provider's sign-in page, the callback.
   * Returns the callback's answer and the server's cookies after it. */
  async function signOn(username: string, returnTo = '/cohorts') {
    const app = new Jar();
    const idp = new Jar();
    const start = await fetch(`${api}/auth/oidc/login?returnTo=${encodeURIComponent(returnTo)}`, {
      redirect: 'manual',
    });
    expect(start.status).toBe(302);
    app.take(start);
    const authorize = new URL(start.headers.get('location')!);
    expect(authorize.origin).toBe(issuer);
    expect(Object.fromEntries(authorize.searchParams)).toMatchObject({
      client_id: CLIENT_ID,
      response_type: 'code',
      redirect_uri: REDIRECT_URI,
      code_challenge_method: 'S256',
      acr_values: 'AAL3_ANY',
    });
    for (const name of ['state', 'nonce', 'code_challenge'])
      expect(authorize.searchParams.get(name)?.length).toBeGreaterThanOrEqual(22);
    // The round trip's secrets stay in an httpOnly cookie, never in the app's URLs.
    const flowCookie = start.headers.getSetCookie().join('\n');
    expect(flowCookie).toMatch(/cohort-sign-on=.+HttpOnly/i);
    expect(flowCookie).toMatch(/SameSite=Lax/);

    let url = authorize.href;
    let form: string | undefined;
    for (let step = 0; step < 10; step += 1) {
      const res = await fetch(url, {
        method: form ? 'POST' : 'GET',
        redirect: 'manual',
        headers: {
          cookie: idp.header(),
          ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        },
        body: form,
      });
      idp.take(res);
      form = undefined;
      if (res.status >= 300 && res.status < 400) {
        const next = new URL(res.headers.get('location')!, url);
        if (next.href.startsWith(REDIRECT_URI)) {
          const callback = await fetch(`${api}/auth/oidc/callback${next.search}`, {
            redirect: 'manual',
            headers: { cookie: app.header() },
          });
          app.take(callback);
          return { callback, app, query: next.search };
        }
        url = next.href;
        continue;
      }
      const html = await res.text();
      expect(res.status, html.slice(0, 200)).toBe(200);
      url = new URL(/action="([^"]+)"/.exec(html)![1]!, url).href;
      form = new URLSearchParams({ username, password: PASSWORD }).toString();
    }
    throw new Error('the provider never sent the browser back');
  }

  const auditOf = (action: string) =>
    t.db.select().from(auditEvents).where(eq(auditEvents.action, action));

  it('GET /auth/options says single sign-on is set up; /auth/oidc/jwks gives the public key only', async () => {
    expect(await (await fetch(`${api}/auth/options`)).json()).toEqual({ singleSignOn: true });
    const jwks = (await (await fetch(`${api}/auth/oidc/jwks`)).json()) as {
      keys: Record<string, unknown>[];
    };
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: 'RSA', kid: 'test-client', alg: 'RS256' });
    expect(jwks.keys[0]).not.toHaveProperty('d');
  });

  it('a pre-created account is bound at its first sign-on by email, and lands signed in where it started', async () => {
    const { callback, app } = await signOn(PRIYA.username, '/registers?x=1');
    expect(callback.status).toBe(303);
    expect(callback.headers.get('location')).toBe(`${APP_ORIGIN}/registers?x=1`);
    expect(app.cookies.has('cohort-sign-on')).toBe(false);
    const session = callback.headers.getSetCookie().find((c) => c.startsWith('cohort-session='));
    expect(session).toMatch(/HttpOnly/i);
    const me = await fetch(`${api}/auth/me`, { headers: { cookie: app.header() } });
    expect(((await me.json()) as { user: { email: string } }).user.email).toBe(
      'priya.shah@nhs.net',
    );
    const [priya] = await t.db
      .select()
      .from(staffAccounts)
      .where(eq(staffAccounts.email, 'priya.shah@nhs.net'));
    expect(priya).toMatchObject({ oidcIssuer: issuer, oidcSubject: PRIYA.subject });
    expect(await auditOf('staff.sso-link')).toHaveLength(1);
    expect((await auditOf('session.sign-in')).at(-1)).toMatchObject({ actorId: priya!.id });
    // The account's sign-on identity never shows in the API.
    const staff = await fetch(`${api}/staff`, { headers: { cookie: app.header() } });
    expect(await staff.text()).not.toContain(PRIYA.subject);

    // Signing on again finds the account by issuer + subject; it is not linked twice.
    const again = await signOn(PRIYA.username);
    expect(again.callback.headers.get('location')).toBe(`${APP_ORIGIN}/cohorts`);
    expect(await auditOf('staff.sso-link')).toHaveLength(1);
  });

  it('an email match never binds an account already bound; the bound identity keeps it whatever its email', async () => {
    const bound = await signInByIdentity(
      t.db,
      { issuer, subject: 'someone-else', email: 'priya.shah@nhs.net' },
      'test',
    );
    expect(bound).toEqual({ ok: false, reason: 'unknown' });
    const renamed = await signInByIdentity(
      t.db,
      { issuer, subject: PRIYA.subject, email: 'priya.new-name@nhs.net' },
      'test',
    );
    expect(renamed.ok).toBe(true);
    const otherIssuer = await signInByIdentity(
      t.db,
      { issuer: 'https://elsewhere.example', subject: PRIYA.subject, email: 'priya.shah@nhs.net' },
      'test',
    );
    expect(otherIssuer).toEqual({ ok: false, reason: 'unknown' });
  });

  it('an unknown identity is refused with a page that says so, gets no session, and is audited', async () => {
    const { callback, app } = await signOn(UNKNOWN.username);
    expect(callback.status).toBe(303);
    expect(callback.headers.get('location')).toBe(
      `${APP_ORIGIN}/sign-in?reason=sso-unknown&redirect=%2Fcohorts`,
    );
    expect(app.cookies.has('cohort-session')).toBe(false);
    const refused = (await auditOf('session.sign-in-refused')).find(
      (e) => e.entityId === UNKNOWN.subject,
    );
    expect(refused).toMatchObject({
      actorId: 'anonymous',
      actorRole: 'anonymous',
      after: { reason: 'unknown', email: 'alex.unknown@nhs.net', issuer },
    });
  });

  it('a switched-off account is refused and audited; its sessions do not come back', async () => {
    await t.owner
      .update(staffAccounts)
      .set({ active: false, deactivationReason: 'Left' })
      .where(eq(staffAccounts.email, 'priya.shah@nhs.net'));
    try {
      const { callback, app } = await signOn(PRIYA.username);
      expect(callback.headers.get('location')).toBe(
        `${APP_ORIGIN}/sign-in?reason=sso-deactivated&redirect=%2Fcohorts`,
      );
      expect(app.cookies.has('cohort-session')).toBe(false);
      const refused = await t.db
        .select()
        .from(auditEvents)
        .where(
          and(
            eq(auditEvents.action, 'session.sign-in-refused'),
            eq(auditEvents.actorRole, 'facilitator'),
          ),
        );
      expect(refused.at(-1)?.after).toMatchObject({ reason: 'deactivated' });
    } finally {
      await t.owner
        .update(staffAccounts)
        .set({ active: true, deactivationReason: null })
        .where(eq(staffAccounts.email, 'priya.shah@nhs.net'));
    }
  });

  it('a callback without its round trip cookie, replayed, or with another state signs nobody in', async () => {
    const { query } = await signOn(PRIYA.username);
    // The same code again, without the (now cleared) round trip cookie.
    const replay = await fetch(`${api}/auth/oidc/callback${query}`, { redirect: 'manual' });
    expect(replay.headers.get('location')).toBe(`${APP_ORIGIN}/sign-in?reason=sso-expired`);
    expect(replay.headers.getSetCookie().some((c) => /^cohort-session=./.test(c))).toBe(false);
    // A fresh round trip, answered with another state: refused by openid-client's checks.
    const start = await fetch(`${api}/auth/oidc/login`, { redirect: 'manual' });
    const flow = start.headers.getSetCookie()[0]!.split(';')[0]!;
    const forged = new URLSearchParams(query);
    forged.set('state', 'not-the-state-we-sent');
    const wrong = await fetch(`${api}/auth/oidc/callback?${forged}`, {
      redirect: 'manual',
      headers: { cookie: flow },
    });
    expect(wrong.headers.get('location')).toBe(`${APP_ORIGIN}/sign-in?reason=sso-failed`);
    expect(wrong.headers.getSetCookie().some((c) => /^cohort-session=./.test(c))).toBe(false);
  });
});
