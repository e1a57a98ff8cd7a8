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
    expect(
      readConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://a@b/c' }).production,
    ).toBe(true);
  });

  it('refuses the demo seed in production, and settings that cannot work', () => {
    const prod = { NODE_ENV: 'production', DATABASE_URL: 'postgres://a@b/c' };
    expect(() => readConfig({ ...prod, SEED: 'demo' })).toThrow(/SEED=demo/);
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
