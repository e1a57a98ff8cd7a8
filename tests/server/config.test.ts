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
});
