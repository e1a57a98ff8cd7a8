import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/server/config';
import { NOTIFY_PRODUCTION_URL, readNotifyConfig } from '../../src/server/notify/notify-config';
import { StartupError } from '../../src/server/startup-error';

// GOV.UK Notify's key comes from the environment only, is checked for shape
// at startup, and cannot leak through the config object (logged, inspected or serialised).

const SECRET = '3d844edf-8d35-48ac-975b-e847b4f122b0';
const KEY = `live_key-26785a09-ab16-4eb0-8407-a37497a57506-${SECRET}`;

describe('GOV.UK Notify settings', () => {
  it('is off without a key: offers are contacted by hand', () => {
    expect(readConfig({}).notify).toBeNull();
    expect(() => readConfig({ NOTIFY_BASE_URL: 'http://127.0.0.1:9' })).toThrow(
      /NOTIFY_BASE_URL is set but NOTIFY_API_KEY is not/,
    );
  });

  it('reads the key, its service id, and Notify (or a stand-in) as the address', () => {
    const notify = readConfig({ NOTIFY_API_KEY: KEY }).notify!;
    expect(notify.apiKey()).toBe(KEY);
    expect(notify.serviceId).toBe('26785a09-ab16-4eb0-8407-a37497a57506');
    expect(notify.baseUrl).toBe(NOTIFY_PRODUCTION_URL);
    expect(notify.statusEveryMs).toBe(60_000);
    const local = readConfig({
      NOTIFY_API_KEY: KEY,
      NOTIFY_BASE_URL: 'http://127.0.0.1:8793/',
      NOTIFY_STATUS_EVERY_SECONDS: '5',
    }).notify!;
    expect(local.baseUrl).toBe('http://127.0.0.1:8793');
    expect(local.statusEveryMs).toBe(5_000);
  });

  it('reads the key from a file', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'notify-key-')), 'key');
    writeFileSync(file, `${KEY}\n`);
    expect(readConfig({ NOTIFY_API_KEY_FILE: file }).notify?.apiKey()).toBe(KEY);
    expect(() => readConfig({ NOTIFY_API_KEY_FILE: file, NOTIFY_API_KEY: KEY })).toThrow(
      /not both/,
    );
  });

  it('refuses a key of the wrong shape without repeating it', () => {
    for (const bad of ['x9q7-zz', `name-${SECRET}`, `${KEY}x`, KEY.replace('live_key-', '')]) {
      let error: unknown;
      try {
        readConfig({ NOTIFY_API_KEY: bad });
      } catch (e) {
        error = e;
      }
      expect(error, bad).toBeInstanceOf(StartupError);
      expect((error as Error).message).toMatch(/not a GOV.UK Notify API key/);
      expect((error as Error).message).not.toContain(bad);
    }
    expect(() => readConfig({ NOTIFY_API_KEY: KEY, NOTIFY_BASE_URL: 'ftp://x' })).toThrow(
      /NOTIFY_BASE_URL must be an http/,
    );
    expect(() =>
      readNotifyConfig({
        NODE_ENV: 'production',
        NOTIFY_API_KEY: KEY,
        NOTIFY_BASE_URL: 'http://127.0.0.1:8793',
      }),
    ).toThrow(/must be https with NODE_ENV=production/);
  });

  it('never shows the key when the config is serialised or inspected', () => {
    const config = readConfig({ NOTIFY_API_KEY: KEY });
    expect(JSON.stringify(config)).not.toContain(SECRET);
    expect(inspect(config, { depth: 10 })).not.toContain(SECRET);
    expect(String(config.notify)).not.toContain(SECRET);
  });
});
