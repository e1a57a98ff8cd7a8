import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { SESSION_MAX_MS_BOUND } from '../../domain/session-limits';

// The session travels only in a cookie scripts cannot read (backend-for-frontend): HttpOnly,
// SameSite=Lax, Path=/, and over HTTPS Secure with the __Host- prefix (no Domain, so no
// sibling host can set or read it). Whether the app is served over HTTPS is decided by
// APP_ORIGIN's scheme (config.secureCookies): on plain http://127.0.0.1 for local use a
// Secure cookie would never be sent back. The token is never in a response body.

export interface CookieSettings {
  /** APP_ORIGIN is https: Secure and the __Host- prefix. */
  secure: boolean;
}

export function sessionCookieName({ secure }: CookieSettings): string {
  return secure ? '__Host-cohort-session' : 'cohort-session';
}

function attributes({ secure }: CookieSettings) {
  return { httpOnly: true, sameSite: 'Lax', path: '/', secure } as const;
}

/** The session token the request carries, if any. */
export function readSessionCookie(c: Context, settings: CookieSettings): string | null {
  return getCookie(c, sessionCookieName(settings)) || null;
}

export function setSessionCookie(c: Context, settings: CookieSettings, token: string): void {
  // The cookie lasts as long as the longest session any service may set; the server ends the
  // session sooner (idle, the service's own longest session, signed out), and the cookie is
  // then worth nothing.
  setCookie(c, sessionCookieName(settings), token, {
    ...attributes(settings),
    maxAge: Math.floor(SESSION_MAX_MS_BOUND / 1000),
  });
}

export function clearSessionCookie(c: Context, settings: CookieSettings): void {
  deleteCookie(c, sessionCookieName(settings), attributes(settings));
}

/** A short-lived cookie of its own, with the same flags (the single sign-on round trip). */
export function setFlowCookie(
  c: Context,
  settings: CookieSettings,
  name: string,
  value: string,
  maxAgeSeconds: number,
): void {
  setCookie(c, cookieName(settings, name), value, {
    ...attributes(settings),
    maxAge: maxAgeSeconds,
  });
}

export function readFlowCookie(c: Context, settings: CookieSettings, name: string) {
  return getCookie(c, cookieName(settings, name)) || null;
}

export function clearFlowCookie(c: Context, settings: CookieSettings, name: string): void {
  deleteCookie(c, cookieName(settings, name), attributes(settings));
}

function cookieName({ secure }: CookieSettings, name: string): string {
  return secure ? `__Host-${name}` : name;
}
