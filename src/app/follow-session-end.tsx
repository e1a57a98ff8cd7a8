import { useRouter } from '@tanstack/react-router';
import { useEffect } from 'react';
import { authStore } from '../features/auth/auth-store';
import { redirectTarget } from '../features/auth/redirect-target';
import { signInReasonSearch } from '../features/auth/session-end';

/** When a session ends without the person asking here (idle, another tab, or the server saying
 * it ended: everywhere, switched off, too long), every page goes to the sign-in page at once,
 * which says why and returns to this page afterwards. Nothing holds it back: a page's "leave
 * with unsaved marks?" question would only keep a blank page up (the marks stay in their
 * outbox for the next sign-in). A sign-out by hand navigates by itself (./user-menu.tsx). */
export function FollowSessionEnd() {
  const router = useRouter();
  useEffect(
    () =>
      authStore.subscribe(() => {
        const end = authStore.ended();
        if (authStore.get() || !end) return;
        const { pathname, href } = router.state.location;
        if (pathname === '/sign-in') return;
        void router.navigate({
          to: '/sign-in',
          search: { ...signInReasonSearch(end), redirect: redirectTarget(href) },
          ignoreBlocker: true,
        });
      }),
    [router],
  );
  return null;
}
