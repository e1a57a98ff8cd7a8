import type { QueryClient } from '@tanstack/react-query';
import { can } from '../domain/policy';
import { authStore } from '../features/auth/auth-store';
import { afterFirstScreen } from './after-first-screen';
import { registerOutbox } from './register-outbox';
import type { AppRouter } from './router';

/** Once someone is signed in (by the sign-in page, or a session restored at start) and the
 * first screen is up (./after-first-screen.ts): their marks and notes still in the outbox from an
 * earlier page go to the server (against a real API the outbox's key is fetched then, and
 * forgotten at sign-out), and what the register needs to keep working offline is fetched
 * (./offline-preload.ts). Started by src/main.tsx, once; returns the way to stop. */
export function startOfflineSupport(router: AppRouter, queryClient: QueryClient): () => void {
  let userId: string | null = null;
  let marker = false;
  let cancel: (() => void) | undefined;
  const onUser = () => {
    const user = authStore.get();
    if ((user?.id ?? null) === userId) return;
    // Signed out (or another user): the outbox forgets the key it held for the last one.
    if (marker)
      registerOutbox()
        .then((m) => m.lock())
        .catch(() => undefined);
    userId = user?.id ?? null;
    marker = Boolean(user && can(user.role, 'register.mark'));
    cancel?.();
    cancel = undefined;
    if (!user) return;
    // Both wait for the first screen (its data in, then an idle moment): reading the outbox opens IndexedDB and, against a real
    // API, fetches and imports the key; the preload fetches some twenty chunks. A mark made
    // before then opens the outbox itself and is kept, and an older entry replayed after it
    // leaves the fields it set alone (src/features/registers/outbox/replay.ts).
    const replay = marker
      ? afterFirstScreen(queryClient, () => {
          registerOutbox()
            .then((m) => m.replayOutbox(queryClient, user.id))
            .catch(() => undefined); // the entries wait for the next start
        })
      : undefined;
    const preload = afterFirstScreen(queryClient, () => {
      import('./offline-preload')
        .then((m) => m.preloadForOffline(router, queryClient, user.role))
        .catch(() => undefined); // offline already: each page then offers its own retry
    });
    cancel = () => {
      replay?.();
      preload();
    };
  };
  const stop = authStore.subscribe(onUser);
  onUser();
  return () => {
    stop();
    cancel?.();
  };
}
