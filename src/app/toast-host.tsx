import type { NotificationsProps } from '@mantine/notifications';
import { Suspense, useSyncExternalStore } from 'react';
import { lazyComponent } from '../lib/lazy-component';
import { subscribeToToasts, toastsWanted } from '../lib/toast';

// Above every error boundary: a container that cannot load (offline) shows no toasts rather
// than take the page down. The code is fetched ahead of need (src/app/offline-preload.ts).
const NoToasts = (_: NotificationsProps) => null;
const Notifications = lazyComponent(
  () => import('@mantine/notifications').catch(() => ({ Notifications: NoToasts })),
  'Notifications',
);

/** Mounts Mantine's toast container with the first toast (see src/lib/toast.ts). */
export function ToastHost() {
  const wanted = useSyncExternalStore(subscribeToToasts, toastsWanted, toastsWanted);
  if (!wanted) return null;
  return (
    <Suspense fallback={null}>
      <Notifications position="top-right" />
    </Suspense>
  );
}
