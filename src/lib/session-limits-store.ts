import { callApi } from '../api/client';
import { sessionEndpoints } from '../api/endpoints/sessions';
import type { SessionLimitSettings } from '../domain/session-limits';

// The service's session limits as this tab knows them, outside the query cache: the
// cache is emptied at sign-out while the idle guard that reads these is still on screen, and
// must stay empty. Loaded when the app's frame mounts (after each sign-in), replaced at once
// when this tab saves new limits on the Settings page, forgotten at sign-out. Null: not known
// yet, so the defaults apply (src/domain/session-limits.ts).

type Listener = () => void;
let current: SessionLimitSettings | null = null;
const listeners = new Set<Listener>();

export const sessionLimitsStore = {
  get: (): SessionLimitSettings | null => current,
  set(limits: SessionLimitSettings | null): void {
    current = limits && {
      sessionIdleMinutes: limits.sessionIdleMinutes,
      sessionMaxHours: limits.sessionMaxHours,
    };
    listeners.forEach((l) => l());
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/** Reads the limits from the backend; on failure (offline, signed out) keeps what is known. */
export async function loadSessionLimits(): Promise<void> {
  try {
    sessionLimitsStore.set(await callApi(sessionEndpoints, 'GET /auth/session-limits'));
  } catch {
    // The defaults, or the last limits read, go on applying.
  }
}
