import { afterEach, describe, expect, it, vi } from 'vitest';
import { requestNow, setTestClock } from '../../src/lib/clock';

// The one test clock (src/lib/clock.ts), on the server and the mock API alike: under
// NODE_ENV=test a request names its moment in X-Test-Clock, either a date-time or "+ms" ahead
// of now. Any other server, production above all, reads the real clock whatever a request's
// header says. (A browser build has no trace of it: .ci/check-test-seams.mjs, the budget.)

const DAY = 86_400_000;
const headers = (value?: string) =>
  new Headers(value === undefined ? {} : { 'X-Test-Clock': value });

afterEach(() => {
  vi.unstubAllEnvs();
  setTestClock(null);
});

describe('the request test clock', () => {
  it('under NODE_ENV=test: a date-time is that moment, "+ms" is that far ahead', () => {
    setTestClock('2026-12-01T09:00:00Z');
    expect(requestNow(headers('2026-12-03T10:15:00Z')).toISOString()).toBe(
      '2026-12-03T10:15:00.000Z',
    );
    expect(requestNow(headers(`+${2 * DAY}`)).toISOString()).toBe('2026-12-03T09:00:00.000Z');
    expect(requestNow(headers()).toISOString()).toBe('2026-12-01T09:00:00.000Z');
    // Anything else is ignored.
    for (const junk of ['not a time', '+', '+2 days', '-3600000', '+1e9'])
      expect(requestNow(headers(junk)).toISOString()).toBe('2026-12-01T09:00:00.000Z');
  });

  it('is ignored by any server not started with NODE_ENV=test', () => {
    for (const env of ['production', 'development', '']) {
      vi.stubEnv('NODE_ENV', env);
      const before = Date.now();
      for (const value of ['2030-01-01T00:00:00Z', `+${2 * DAY}`]) {
        const at = requestNow(headers(value)).getTime();
        expect(at).toBeGreaterThanOrEqual(before);
        expect(at).toBeLessThan(before + DAY);
      }
    }
  });
});
