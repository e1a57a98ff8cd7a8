import type { QueryClient } from '@tanstack/react-query';
import { authStore } from '../features/auth/auth-store';
import { whenIdle } from '../lib/lazy-component';
import type { AppRouter } from './router';

/** Once someone is signed in (by the sign-in page, or a session restored at start) and the
 * browser is idle, fetches what the register needs to keep working offline
 * (./offline-preload.ts). Started by src/main.tsx, once. */
export function startOfflineSupport(router: AppRouter, queryClient: QueryClient): void {
  let userId: string | null = null;
  let cancel: (() => void) | undefined;
  const onUser = () => {
    const user = authStore.get();
    if ((user?.id ?? null) === userId) return;
    userId = user?.id ?? null;
    cancel?.();
    cancel = undefined;
    if (!user) return;
    cancel = whenIdle(() => {
      import('./offline-preload')
        .then((m) => m.preloadForOffline(router, queryClient, user.role))
        .catch(() => undefined); // offline already: each page then offers its own retry
    });
  };
  authStore.subscribe(onUser);
  onUser();
}
