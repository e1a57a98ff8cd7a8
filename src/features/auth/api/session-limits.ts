import { useQuery } from '@tanstack/react-query';
import { callApi } from '../../../api/client';
import { sessionEndpoints } from '../../../api/endpoints/sessions';
import { queryKeys } from '../../../api/query-keys';
import {
  DEFAULT_SESSION_LIMITS,
  sessionLimits,
  type SessionLimits,
} from '../../../domain/session-limits';

/** The service's session limits (Settings), for the idle sign-out. Until they arrive, or if
 * they cannot be read (offline), the defaults apply: 15 minutes idle. A change saved on the
 * Settings page reaches this tab at once and other people's at their next page load. */
export function useSessionLimits(): SessionLimits {
  const { data } = useQuery({
    queryKey: queryKeys.settings.sessionLimits(),
    queryFn: ({ signal }) => callApi(sessionEndpoints, 'GET /auth/session-limits', { signal }),
    staleTime: 5 * 60_000,
    retry: false,
  });
  return sessionLimits(data ?? DEFAULT_SESSION_LIMITS);
}
