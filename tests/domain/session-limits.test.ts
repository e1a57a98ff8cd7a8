import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serviceSettingsSchema } from '../../src/api/schemas/settings';
import {
  APP_IDLE_MS,
  APP_IDLE_WARNING_MS,
  DEFAULT_SESSION_LIMITS,
  SERVER_IDLE_MS,
  SESSION_LIMIT_BOUNDS,
  SESSION_MAX_MS,
  SESSION_MAX_MS_BOUND,
  sessionExpired,
  sessionLimits,
} from '../../src/domain/session-limits';
import { SETTINGS } from './offer-records';

// The session limits come from two service settings. The app warns a minute before
// it signs out, the server allows a minute more than the app, and nothing a service can set
// outlives the session cookie.

const MINUTE = 60_000;
const bounded = fc.record({
  sessionIdleMinutes: fc.integer(SESSION_LIMIT_BOUNDS.sessionIdleMinutes),
  sessionMaxHours: fc.integer(SESSION_LIMIT_BOUNDS.sessionMaxHours),
});

describe('session limits', () => {
  it('are 15 minutes idle (warning at 14, the server at 16) and 12 hours by default', () => {
    expect(DEFAULT_SESSION_LIMITS).toEqual({ sessionIdleMinutes: 15, sessionMaxHours: 12 });
    expect([APP_IDLE_WARNING_MS, APP_IDLE_MS, SERVER_IDLE_MS]).toEqual([
      14 * MINUTE,
      15 * MINUTE,
      16 * MINUTE,
    ]);
    expect(SESSION_MAX_MS).toBe(12 * 60 * MINUTE);
  });

  it('for any settings in bounds: warning, app, server a minute apart; the cookie outlives none', () => {
    fc.assert(
      fc.property(bounded, (settings) => {
        const l = sessionLimits(settings);
        expect(l.appIdleMs - l.appWarningMs).toBe(MINUTE);
        expect(l.serverIdleMs - l.appIdleMs).toBe(MINUTE);
        expect(l.appWarningMs).toBeGreaterThan(0);
        expect(l.maxMs).toBeLessThanOrEqual(SESSION_MAX_MS_BOUND);
        expect(l.serverIdleMs).toBeLessThanOrEqual(l.maxMs + MINUTE);
      }),
    );
  });

  it('a session is over once idle past the server limit or older than the longest', () => {
    fc.assert(
      fc.property(
        bounded,
        fc.integer({ min: 0, max: 2 * SESSION_MAX_MS_BOUND }),
        fc.integer({ min: 0, max: 2 * SESSION_MAX_MS_BOUND }),
        (settings, sinceSignIn, sinceLastRequest) => {
          const l = sessionLimits(settings);
          const now = 10 * SESSION_MAX_MS_BOUND;
          const session = {
            createdAtMs: now - Math.max(sinceSignIn, sinceLastRequest),
            lastSeenAtMs: now - sinceLastRequest,
          };
          const age = now - session.createdAtMs;
          expect(sessionExpired(session, now, l)).toBe(
            sinceLastRequest > l.serverIdleMs || age > l.maxMs,
          );
        },
      ),
    );
  });

  it('the settings schema both backends use takes exactly the bounds', () => {
    const base = { ...SETTINGS };
    const ok = (over: object) => serviceSettingsSchema.safeParse({ ...base, ...over }).success;
    expect(ok({ sessionIdleMinutes: 5, sessionMaxHours: 1 })).toBe(true);
    expect(ok({ sessionIdleMinutes: 60, sessionMaxHours: 24 })).toBe(true);
    expect(ok({ sessionIdleMinutes: 4 })).toBe(false);
    expect(ok({ sessionIdleMinutes: 61 })).toBe(false);
    expect(ok({ sessionIdleMinutes: 15.5 })).toBe(false);
    expect(ok({ sessionMaxHours: 0 })).toBe(false);
    expect(ok({ sessionMaxHours: 25 })).toBe(false);
  });
});
