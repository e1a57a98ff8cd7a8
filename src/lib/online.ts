import { useSyncExternalStore } from 'react';

// Whether the browser has a connection (navigator.onLine with its online/offline events). It
// can say "online" with no route to the server; the register tells that case apart by its
// failed attempts (src/features/registers/components/register-progress.tsx).

function subscribe(listener: () => void): () => void {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

const isOnline = () => navigator.onLine;

export function useOnline(): boolean {
  return useSyncExternalStore(subscribe, isOnline, () => true);
}
