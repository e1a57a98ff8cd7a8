import { useEffect, useSyncExternalStore } from 'react';
import {
  DEFAULT_SESSION_LIMITS,
  sessionLimits,
  type SessionLimits,
} from '../../../domain/session-limits';
import { loadSessionLimits, sessionLimitsStore } from '../../../lib/session-limits-store';

/** The service's session limits (Settings), for the idle sign-out: read when the app's frame
 * mounts, forgotten when it unmounts. Until they arrive, or if they cannot be read (offline), the defaults apply: 15
 * minutes idle. A change saved on the Settings page applies in this tab at once and in other
 * people's at their next sign-in or page load. */
export function useSessionLimits(): SessionLimits {
  useEffect(() => {
    void loadSessionLimits();
    // Signed out (the frame goes): forgotten, so the next sign-in reads them afresh.
    return () => sessionLimitsStore.set(null);
  }, []);
  const known = useSyncExternalStore(
    sessionLimitsStore.subscribe,
    sessionLimitsStore.get,
    sessionLimitsStore.get,
  );
  return sessionLimits(known ?? DEFAULT_SESSION_LIMITS);
}
