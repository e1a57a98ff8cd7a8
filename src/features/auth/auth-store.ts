import { useSyncExternalStore } from 'react';
import type { StaffUser } from '../../api/schemas/staff';

type Listener = () => void;
let currentUser: StaffUser | null = null;
const listeners = new Set<Listener>();

/** Who is signed in, outside React so the router's guards can read it too. */
export const authStore = {
  get: (): StaffUser | null => currentUser,
  set(user: StaffUser | null): void {
    currentUser = user;
    listeners.forEach((l) => l());
  },
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
