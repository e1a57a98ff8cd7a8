import { beforeAll, describe, expect, it } from 'vitest';
import {
  APP_ORIGIN,
  AS,
  BASE_URL,
  call,
  cookiesSet,
  expectContract,
  expectError,
  referral,
  resetDemo,
  sessionKind,
  signIn,
} from './contract-client';

// Server only: the browser gets an httpOnly cookie, never a token it could keep,
// and a write from another origin is refused whatever cookie it carries. The mock keeps its
// bearer tokens, so these are skipped there.
const kind = await sessionKind();
const https = BASE_URL.startsWith('https:');

describe.runIf(kind === 'cookie')('server sessions: the cookie, never a token', () => {
  beforeAll(resetDemo);

  it('signing in sets an HttpOnly, SameSite=Lax, Path=/ cookie and the body holds no token', async () => {
    const { res, body } = await signIn(AS.facilitator);
    const lines = res.headers.getSetCookie();
    expect(lines).toHaveLength(1);
    const [pair, ...flags] = lines[0]!.split(';').map((part) => part.trim());
    const [name, value] = [pair!.slice(0, pair!.indexOf('=')), pair!.slice(pair!.indexOf('=') + 1)];
    const flagNames = flags.map((flag) => flag.split('=')[0]!.toLowerCase());
    expect(flagNames).toContain('httponly');
    expect(flags).toContain('SameSite=Lax');
    expect(flags).toContain('Path=/');
    expect(flagNames).not.toContain('domain');
    // Over HTTPS: Secure and the __Host- prefix; on plain http://127.0.0.1 neither.
    expect(flagNames.includes('secure')).toBe(https);
    expect(name!.startsWith('__Host-')).toBe(https);
    expect(value!.length).toBeGreaterThanOrEqual(32);
    expect(body).not.toHaveProperty('token');
    expect(JSON.stringify(body)).not.toContain(value);
    expect(body).toMatchObject({ user: { email: AS.facilitator } });
  });

  it('the cookie is the only way in: its value as a bearer token is refused', async () => {
    const { credential } = await signIn(AS.facilitator);
    expectContract('GET /auth/me', await call('GET /auth/me', { credential }));
    const value = credential.value.slice(credential.value.indexOf('=') + 1);
    expectError(await call('GET /auth/me', { token: `Bearer ${value}` }), 401, 'unauthenticated');
  });

  it('signing out clears the cookie', async () => {
    const { credential } = await signIn(AS.facilitator);
    const out = await call('POST /auth/logout', { credential });
    expect(out.status).toBe(200);
    const cleared = out.headers.getSetCookie().join('\n');
    expect(cleared).toMatch(/Max-Age=0/);
    expect(cookiesSet(out.headers)[0]).toMatch(/=$/);
  });

  it('a write from another origin is refused (403) and changes nothing, cookie or not', async () => {
    const { credential } = await signIn(AS.admin);
    const asAdmin = { [credential.header]: credential.value };
    const evil = await call('POST /auth/logout-everywhere', {
      credential,
      headers: { Origin: 'https://evil.example' },
    });
    expectError(evil, 403, 'forbidden');
    const sneaky = await call('POST /referrals', {
      credential,
      headers: { 'Sec-Fetch-Site': 'cross-site', Origin: 'http://127.0.0.1:9' },
      body: referral('9990000213'),
    });
    expectError(sneaky, 403, 'forbidden');
    // A plain cross-site form post (no preflight, text/plain) is refused too.
    const form = await fetch(`${BASE_URL}/auth/logout-everywhere`, {
      method: 'POST',
      headers: { ...asAdmin, Origin: 'https://evil.example', 'Content-Type': 'text/plain' },
      body: '{}',
    });
    expect(form.status).toBe(403);
    // The session is still live, and the app's own origin may write.
    expectContract('GET /auth/me', await call('GET /auth/me', { credential }));
    const same = await call('POST /auth/logout-everywhere', {
      credential,
      headers: { Origin: APP_ORIGIN },
    });
    expectContract('POST /auth/logout-everywhere', same);
  });
});
