import type { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../../../api/api-error';
import { callApi } from '../../../api/client';
import { authEndpoints } from '../../../api/endpoints/auth';
import { dropEarlyResponses, pageBoot } from '../../../api/page-boot';
import { meResponseSchema, type StaffUser } from '../../../api/schemas/staff';
import { readToken, writeToken } from '../../../api/session-token';
import { authStore } from '../auth-store';
import { sessionEndOf, type SessionEnd } from '../session-end';

/** A real API keeps the session in an httpOnly cookie scripts cannot read: the app
 * stores nothing. Only the mock hands out a bearer token, kept for this tab. */
const COOKIE_SESSIONS = !!import.meta.env.VITE_API_BASE_URL;

/** A session starts: the user known to the app (and, from the mock, its token kept for this tab). */
export function beginSession({ user, token }: { user: StaffUser; token?: string }): StaffUser {
  if (token) writeToken(token);
  authStore.set(user);
  return user;
}

/** On start-up: the session cookie (any tab's sign-in) or, in mock mode, a token from this
 * tab's earlier visit signs the user back in. The server that served the page read the cookie
 * already and wrote its answer into it (../../../api/page-boot.ts): that answer is taken at
 * once, with no round trip before the first paint. The app's session check (./session-check.ts)
 * and the page's own first reads go on verifying the session, and a 401 ends it as ever. */
export async function restoreSession(): Promise<void> {
  const told = pageBoot();
  if (told) {
    if (told.user === null) return;
    const parsed = meResponseSchema.safeParse({ user: told.user });
    if (parsed.success) return authStore.set(parsed.data.user);
  }
  if (!COOKIE_SESSIONS && !readToken()) return;
  try {
    const { user } = await callApi(authEndpoints, 'GET /auth/me');
    authStore.set(user);
  } catch (e) {
    if (isApiError(e) && e.status === 401) writeToken(null);
  }
}

/** Signing out forgets everything cached about patients in this tab; `end` says why when it
 * was not the person's own choice here (idle, another tab). */
export async function signOut(queryClient: QueryClient, end?: SessionEnd): Promise<void> {
  if (COOKIE_SESSIONS || readToken()) {
    await callApi(authEndpoints, 'POST /auth/logout').catch(() => undefined);
  }
  clearSession(queryClient, end);
}

/** The session is over here: who was signed in and every cached answer are forgotten at once
 * (nothing about patients stays on screen or in memory). Unsent register marks stay in their
 * outbox, kept for the same user's next sign-in. */
export function clearSession(queryClient: QueryClient, end?: SessionEnd): void {
  writeToken(null);
  dropEarlyResponses();
  authStore.set(null, end);
  void queryClient.cancelQueries();
  queryClient.clear();
}

/** A 401 to any call: the session ended elsewhere (signed out everywhere, account switched
 * off, limits). Only a session this tab holds can end: a refused sign-in is a 401 too, and
 * the sign-in page shows it in place. */
export function sessionEndedBy(queryClient: QueryClient, error: unknown): void {
  if (!authStore.get()) return;
  clearSession(queryClient, sessionEndOf(error));
}
