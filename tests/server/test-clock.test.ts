import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/server/config';
import { requestNow } from '../../src/server/http/test-clock';

// The server's test seam for time is honoured only with NODE_ENV=test: a production server
// (or a development one) reads the real clock whatever a request's header says.

const DAY = 86_400_000;

describe('the server test clock', () => {
  it('is on only with NODE_ENV=test', () => {
    expect(readConfig({ NODE_ENV: 'test' }).testClock).toBe(true);
    expect(readConfig({}).testClock).toBe(false);
    expect(readConfig({ NODE_ENV: 'development' }).testClock).toBe(false);
    const production = readConfig({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://app@db/pain',
      APP_ORIGIN: 'https://pain.example.nhs.uk',
    });
    expect(production.testClock).toBe(false);
  });

  it('moves a request ahead when honoured, and is ignored otherwise', () => {
    const before = Date.now();
    expect(requestNow(String(2 * DAY), true).getTime()).toBeGreaterThanOrEqual(before + 2 * DAY);
    const ignored = requestNow(String(2 * DAY), false).getTime();
    expect(ignored).toBeLessThan(before + DAY);
    expect(ignored).toBeGreaterThanOrEqual(before);
    expect(requestNow('not a number', true).getTime()).toBeLessThan(before + DAY);
  });
});
