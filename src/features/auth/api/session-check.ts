import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { isApiError } from '../../../api/api-error';
import { callApi } from '../../../api/client';
import { sessionEndpoints } from '../../../api/endpoints/sessions';
import { sessionEndedBy } from './session';

/** How often an open page asks whether its session is still live. A session ended elsewhere
 * ("Sign out everywhere" on another device, an account switched off) leaves this screen within
 * this long plus one answer, with no input here: well inside the 30 s the service allows.
 * Each ask is one indexed row read, and it is not activity: the idle clock goes on. */
export const SESSION_CHECK_MS = 10_000;

/** While the page is visible, asks every SESSION_CHECK_MS, and at once when it becomes visible
 * again (a hidden tab's timers are slowed by the browser, so it checks before it is seen).
 * A 401 ends the session here with the server's reason; being offline changes nothing. */
export function useSessionCheck(everyMs = SESSION_CHECK_MS): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    let asking = false;
    const check = async () => {
      if (asking || document.visibilityState !== 'visible') return;
      asking = true;
      try {
        await callApi(sessionEndpoints, 'GET /auth/session');
      } catch (error) {
        if (isApiError(error) && error.status === 401) sessionEndedBy(queryClient, error);
      } finally {
        asking = false;
      }
    };
    const timer = window.setInterval(() => void check(), everyMs);
    const onVisible = () => void check();
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('online', onVisible);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('online', onVisible);
    };
  }, [queryClient, everyMs]);
}
