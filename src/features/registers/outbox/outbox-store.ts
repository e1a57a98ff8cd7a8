import type { MarkAttendance } from '../../../api/schemas/attendance';

/** A mark or note made on a register and not yet acknowledged by the server. Ids, the change
 * (a code, a note, the catch-up tick, an amendment's reason) and the version it was made on:
 * never a name or an NHS number. */
export interface OutboxEntry {
  id: string;
  /** The order the changes were made in, which is the order they are sent in. */
  seq: number;
  userId: string;
  /** The page that made it, or took it over after that page was closed. */
  tabId: string;
  sessionId: string;
  enrolmentId: string;
  change: MarkAttendance;
  /** The record's version the user saw: a colleague's newer mark still comes back as a conflict. */
  baseVersion: number;
}

/** Where entries wait. The mock build keeps them in IndexedDB (./idb-outbox-store.ts) so they
 * outlive the page. A build for a real API keeps them in memory until the store that
 * encrypts them with a per-user key from the server exists: set it with setOutboxStore()
 * once the key is known (README: nothing about patients unencrypted in browser storage). */
export interface OutboxStore {
  /** True when entries outlive the page ("Saved on this device"). */
  readonly persistent: boolean;
  put(entry: OutboxEntry): Promise<void>;
  delete(id: string): Promise<void>;
  /** One user's entries, in the order they were made. */
  list(userId: string): Promise<OutboxEntry[]>;
}

export function memoryOutboxStore(): OutboxStore {
  const entries = new Map<string, OutboxEntry>();
  return {
    persistent: false,
    put: async (entry) => void entries.set(entry.id, structuredClone(entry)),
    delete: async (id) => void entries.delete(id),
    list: async (userId) =>
      [...entries.values()].filter((e) => e.userId === userId).sort((a, b) => a.seq - b.seq),
  };
}

const MOCK_MODE = !import.meta.env.VITE_API_BASE_URL;

let store: Promise<OutboxStore> | undefined;
let persistent = MOCK_MODE && typeof indexedDB !== 'undefined';

function defaultStore(): Promise<OutboxStore> {
  if (!MOCK_MODE) return Promise.resolve(memoryOutboxStore());
  // A build for a real API drops this import (MOCK_MODE is false at build time).
  return import('./idb-outbox-store')
    .then((m) => m.openIdbOutboxStore())
    .catch(() => memoryOutboxStore()); // no IndexedDB (private mode): the page keeps them
}

export function outboxStore(): Promise<OutboxStore> {
  store ??= defaultStore().then((s) => {
    persistent = s.persistent;
    return s;
  });
  return store;
}

/** The seam for another store (the encrypted one, or a test's). */
export function setOutboxStore(next: OutboxStore): void {
  store = Promise.resolve(next);
  persistent = next.persistent;
}

/** Whether changes waiting to be sent outlive the page, for the words the register uses. */
export function outboxIsPersistent(): boolean {
  return persistent;
}
