import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { allowedHostNames, readConfig } from '../../src/server/config';
import { StartupError } from '../../src/server/startup-error';

describe('server settings', () => {
  it('defaults to the embedded database on 127.0.0.1:8787 with the demo seed', () => {
    const config = readConfig({});
    expect(config).toMatchObject({
      port: 8787,
      host: '127.0.0.1',
      databaseUrl: null,
      seed: 'demo',
      production: false,
      appOrigin: 'http://127.0.0.1:8787',
    });
    expect(config.dataDir).toMatch(/\/\.data$/);
  });

  it('on PostgreSQL seeds nothing unless asked', () => {
    expect(readConfig({ DATABASE_URL: 'postgres://app@db/x' }).seed).toBe('none');
    expect(readConfig({ DATABASE_URL: 'postgres://app@db/x', SEED: 'demo' }).seed).toBe('demo');
  });

  it('refuses NODE_ENV=production without DATABASE_URL, saying why', () => {
    expect(() => readConfig({ NODE_ENV: 'production' })).toThrow(StartupError);
    expect(() => readConfig({ NODE_ENV: 'production' })).toThrow(/needs DATABASE_URL.*fsync/);
    const https = { APP_ORIGIN: 'https://register.example.nhs.uk' };
    expect(
      readConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://a@b/c', ...https }).production,
    ).toBe(true);
  });

  it('refuses the demo seed in production, and settings that cannot work', () => {
    const prod = { NODE_ENV: 'production', DATABASE_URL: 'postgres://a@b/c' };
    expect(() => readConfig({ ...prod, SEED: 'demo' })).toThrow(/SEED=demo/);
    expect(() => readConfig(prod)).toThrow(/https APP_ORIGIN/);
    expect(() => readConfig({ PORT: 'eighty' })).toThrow(/PORT must be/);
    expect(() => readConfig({ SEED: 'lots' })).toThrow(/SEED must be/);
    expect(() => readConfig({ APP_ORIGIN: 'https://app.example/path' })).toThrow(/APP_ORIGIN/);
  });

  it('answers to loopback names, its own host and the app origin only', () => {
    const names = allowedHostNames(
      readConfig({ HOST: '0.0.0.0', APP_ORIGIN: 'https://register.example.nhs.uk' }),
    );
    expect(names.sort()).toEqual(['127.0.0.1', '[::1]', 'localhost', 'register.example.nhs.uk']);
  });

  it("reads the people's link origin (APP_ORIGIN unless set) and the service's phone", () => {
    const app = { APP_ORIGIN: 'https://register.example.nhs.uk' };
    expect(readConfig(app)).toMatchObject({ linkOrigin: app.APP_ORIGIN, servicePhone: null });
    const apart = readConfig({
      ...app,
      LINK_ORIGIN: 'https://answer.example.nhs.uk/',
      SERVICE_PHONE: ' 020 7946 0000 ',
    });
    expect(apart).toMatchObject({
      linkOrigin: 'https://answer.example.nhs.uk',
      servicePhone: '020 7946 0000',
    });
    expect(allowedHostNames(apart)).toContain('answer.example.nhs.uk');
    expect(() => readConfig({ LINK_ORIGIN: 'https://a.example/link' })).toThrow(/LINK_ORIGIN/);
    expect(() => readConfig({ SERVICE_PHONE: 'call us' })).toThrow(/SERVICE_PHONE/);
  });

  it('reads the sign-in limits and the trusted proxy, refusing values that cannot work', () => {
    expect(readConfig({})).toMatchObject({
      signIn: { accountFailures: 5, addressFailures: 20, windowMs: 15 * 60_000 },
      trustedProxyHops: 0,
    });
    const set = readConfig({
      SIGN_IN_ACCOUNT_LIMIT: '3',
      SIGN_IN_ADDRESS_LIMIT: '50',
      SIGN_IN_WINDOW_MINUTES: '30',
      TRUSTED_PROXY: 'true',
    });
    expect(set.signIn).toEqual({ accountFailures: 3, addressFailures: 50, windowMs: 30 * 60_000 });
    expect(set.trustedProxyHops).toBe(1);
    expect(readConfig({ TRUSTED_PROXY: '2' }).trustedProxyHops).toBe(2);
    expect(readConfig({ TRUSTED_PROXY: 'false' }).trustedProxyHops).toBe(0);
    expect(() => readConfig({ SIGN_IN_ACCOUNT_LIMIT: '0' })).toThrow(/SIGN_IN_ACCOUNT_LIMIT/);
    expect(() => readConfig({ SIGN_IN_WINDOW_MINUTES: 'soon' })).toThrow(/SIGN_IN_WINDOW/);
    expect(() => readConfig({ TRUSTED_PROXY: 'yes please' })).toThrow(/TRUSTED_PROXY/);
  });
});

describe('single sign-on settings', () => {
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  const pem = rsa.export({ format: 'pem', type: 'pkcs8' }).toString();
  const jwk = JSON.stringify({ ...rsa.export({ format: 'jwk' }), kid: 'k1' });
  const base = {
    APP_ORIGIN: 'https://register.example.nhs.uk',
    OIDC_ISSUER:
      'https://am.nhsint.auth-ptl.cis2.spineservices.nhs.uk/openam/oauth2/realms/root/realms/NHSIdentity/realms/Healthcare',
    OIDC_CLIENT_ID: 'cohort-register',
    OIDC_SIGNING_KEY: pem,
  };

  it('none set: no single sign-on, and https APP_ORIGIN makes the session cookie Secure', () => {
    expect(readConfig({}).oidc).toBeNull();
    expect(readConfig({}).secureCookies).toBe(false);
    expect(readConfig({ APP_ORIGIN: 'https://register.example.nhs.uk' }).secureCookies).toBe(true);
  });

  it('reads a PEM or a JWK, with the redirect URI from APP_ORIGIN and CIS2-style defaults', () => {
    const oidc = readConfig(base).oidc!;
    expect(oidc).toMatchObject({
      clientId: 'cohort-register',
      alg: 'RS256',
      scopes: 'openid profile email',
      acrValues: [],
      redirectUri: 'https://register.example.nhs.uk/api/auth/oidc/callback',
      allowHttp: false,
      entraTenant: null,
    });
    expect(oidc.publicJwk).not.toHaveProperty('d');
    const fromJwk = readConfig({
      ...base,
      OIDC_SIGNING_KEY: jwk,
      OIDC_SIGNING_ALG: 'PS256',
      OIDC_ACR_VALUES: 'AAL3_ANY',
    }).oidc!;
    expect(fromJwk).toMatchObject({ alg: 'PS256', acrValues: ['AAL3_ANY'] });
    expect(fromJwk.publicJwk).toMatchObject({ kid: 'k1', alg: 'PS256', use: 'sig' });
  });

  it('refuses a half-set configuration, a bad key, /common for Entra ID and http outside loopback', () => {
    expect(() => readConfig({ OIDC_ISSUER: base.OIDC_ISSUER })).toThrow(/together/);
    expect(() => readConfig({ ...base, OIDC_SIGNING_KEY: 'not a key' })).toThrow(/private key/);
    expect(() => readConfig({ ...base, OIDC_SIGNING_ALG: 'ES256' })).toThrow(/does not fit/);
    expect(() =>
      readConfig({ ...base, OIDC_ISSUER: 'https://login.microsoftonline.com/common/v2.0' }),
    ).toThrow(/tenant-specific/);
    expect(() => readConfig({ ...base, OIDC_ISSUER: 'http://idp.example.nhs.uk' })).toThrow(
      /https URL/,
    );
    expect(() => readConfig({ ...base, OIDC_SCOPES: 'profile email' })).toThrow(/openid/);
    const prod = { ...base, NODE_ENV: 'production', DATABASE_URL: 'postgres://a@b/c' };
    expect(() => readConfig({ ...prod, OIDC_ISSUER: 'http://127.0.0.1:8790' })).toThrow(
      /https URL/,
    );
  });

  it('Entra ID: a tenant-specific issuer names the tenant whose object ids identify staff', () => {
    const tenant = '00000000-0000-4000-8000-00000000abcd';
    const oidc = readConfig({
      ...base,
      OIDC_ISSUER: `https://login.microsoftonline.com/${tenant}/v2.0`,
    }).oidc!;
    expect(oidc.entraTenant).toBe(tenant);
    expect(
      readConfig({
        OIDC_ISSUER: 'http://127.0.0.1:8790',
        OIDC_CLIENT_ID: 'x',
        OIDC_SIGNING_KEY: pem,
      }).oidc?.allowHttp,
    ).toBe(true);
  });
});
