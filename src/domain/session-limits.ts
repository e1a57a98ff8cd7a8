// How long a signed-in session lasts. Two service settings decide it: the app signs
// out after `sessionIdleMinutes` without the user's input in any of its tabs, warning one
// minute before; the server ends a session one minute later than the app does, so marks the
// app sends just before its sign-out still land, and `sessionMaxHours` after sign-in whatever
// happens. The defaults are 15 minutes and 12 hours.

const MINUTE = 60_000;

export interface SessionLimitSettings {
  /** Minutes without input before the app signs out. */
  sessionIdleMinutes: number;
  /** Hours after sign-in when a session ends, active or not. */
  sessionMaxHours: number;
}

export const DEFAULT_SESSION_LIMITS: SessionLimitSettings = {
  sessionIdleMinutes: 15,
  sessionMaxHours: 12,
};

/** What a service may choose. Under 5 idle minutes a facilitator taking a register would be
 * signed out mid-session; over 60 an unattended screen stays open too long. A session of over
 * 24 hours would outlive a shift and a night. */
export const SESSION_LIMIT_BOUNDS = {
  sessionIdleMinutes: { min: 5, max: 60 },
  sessionMaxHours: { min: 1, max: 24 },
} as const;

export interface SessionLimits {
  /** The app signs out after this long without input. */
  appIdleMs: number;
  /** The app warns at this point: one minute before it signs out. */
  appWarningMs: number;
  /** The server ends a session this long after its last request: the app's limit plus one minute. */
  serverIdleMs: number;
  /** And this long after sign-in, whatever happens. */
  maxMs: number;
}

/** The limits in milliseconds from the two settings. */
export function sessionLimits(settings: SessionLimitSettings): SessionLimits {
  const appIdleMs = settings.sessionIdleMinutes * MINUTE;
  return {
    appIdleMs,
    appWarningMs: appIdleMs - MINUTE,
    serverIdleMs: appIdleMs + MINUTE,
    maxMs: settings.sessionMaxHours * 60 * MINUTE,
  };
}

/** Whether a session is over at `nowMs`: idle past the server's limit or older than the maximum. */
export function sessionExpired(
  session: { createdAtMs: number; lastSeenAtMs: number },
  nowMs: number,
  limits: SessionLimits,
): boolean {
  return sessionExpiry(session, nowMs, limits) !== null;
}

/** Which limit ended a session at `nowMs`, or null while it is live. The longest session wins
 * a tie: it is the one the person could not have avoided by carrying on. */
export function sessionExpiry(
  session: { createdAtMs: number; lastSeenAtMs: number },
  nowMs: number,
  limits: SessionLimits,
): 'idle' | 'too_long' | null {
  if (nowMs - session.createdAtMs > limits.maxMs) return 'too_long';
  if (nowMs - session.lastSeenAtMs > limits.serverIdleMs) return 'idle';
  return null;
}

const DEFAULTS = sessionLimits(DEFAULT_SESSION_LIMITS);
export const APP_IDLE_MS = DEFAULTS.appIdleMs;
export const APP_IDLE_WARNING_MS = DEFAULTS.appWarningMs;
export const SERVER_IDLE_MS = DEFAULTS.serverIdleMs;
export const SESSION_MAX_MS = DEFAULTS.maxMs;
/** The longest any service can set: the session cookie's own lifetime (the server ends the
 * session sooner). */
export const SESSION_MAX_MS_BOUND = SESSION_LIMIT_BOUNDS.sessionMaxHours.max * 60 * MINUTE;
