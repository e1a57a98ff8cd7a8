import { useSyncExternalStore } from 'react';
import type { StaffUser } from '../../api/schemas/staff';
import type { SessionEnd } from './session-end';

type Listener = () => void;
let currentUser: StaffUser | null = null;
let lastEnd: SessionEnd | null = null;
const listeners = new Set<Listener>();

/** Who is signed in, outside React so the router's guards can read it too. */
export const authStore = {
  get: (): StaffUser | null => currentUser,
  /** Signed in (a user), or out: by hand (no `end`), or because the session ended (why). */
  set(user: StaffUser | null, end?: SessionEnd): void {
    currentUser = user;
    lastEnd = user ? null : (end ?? null);
    listeners.forEach((l) => l());
  },
  /** Why the last session ended, while signed out; null after a sign-out by hand. */
  ended: (): SessionEnd | null => lastEnd,
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export function useCurrentUser(): StaffUser | null {
  return useSyncExternalStore(authStore.subscribe, authStore.get, authStore.get);
}

/** For pages behind the sign-in guard, where a user always exists. */
export function useSignedInUser(): StaffUser {
  const user = useCurrentUser();
  if (!user) throw new Error('useSignedInUser used outside a signed-in route');
  return user;
}
