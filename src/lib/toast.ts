import type { NotificationData } from '@mantine/notifications';

// Toasts are rare (a failed export, a demo reset), so Mantine's notifications (about 7 KB gzip
// with its transitions) load with the first one instead of with every page. <ToastHost> mounts
// the container once a toast has been asked for.
let wanted = false;
const listeners = new Set<() => void>();

export function toastsWanted(): boolean {
  return wanted;
}

export function subscribeToToasts(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Shows a toast (Mantine notifications), loading them first if this is the first one. */
export function showToast(toast: NotificationData): void {
  if (!wanted) {
    wanted = true;
    listeners.forEach((listener) => listener());
  }
  import('@mantine/notifications')
    .then(({ notifications }) => notifications.show(toast))
    .catch(() => undefined); // offline: the toast is lost, never the page
}
