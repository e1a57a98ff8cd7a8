import type { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../../../api/api-error';
import { callApi } from '../../../api/client';
import { authEndpoints } from '../../../api/endpoints/auth';
import type { StaffUser } from '../../../api/schemas/staff';
import { readToken, writeToken } from '../../../api/session-token';
import { authStore } from '../auth-store';

/** A session starts: the token kept for this tab, the user known to the app. */
export function beginSession({ user, token }: { user: StaffUser; token: string }): StaffUser {
  writeToken(token);
  authStore.set(user);
  return user;
}

/** On start-up: a token from this tab's earlier visit signs the user back in. */
export async function restoreSession(): Promise<void> {
  if (!readToken()) return;
  try {
    const { user } = await callApi(authEndpoints, 'GET /auth/me');
    authStore.set(user);
  } catch (e) {
    if (isApiError(e) && e.status === 401) writeToken(null);
  }
}

/** Signing out forgets everything cached about patients in this tab. */
export async function signOut(queryClient: QueryClient): Promise<void> {
  if (readToken()) {
    await callApi(authEndpoints, 'POST /auth/logout').catch(() => undefined);
  }
  clearSession(queryClient);
}

export function clearSession(queryClient: QueryClient): void {
  writeToken(null);
  authStore.set(null);
  queryClient.cancelQueries();
  queryClient.clear();
}
