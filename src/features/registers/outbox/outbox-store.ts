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
  /** The Idempotency-Key it is sent with, kept across reloads (entries written before there
   * was one go with their id). */
  idempotencyKey?: string;
}

/** Where entries wait, so they outlive the page. The mock build keeps them in IndexedDB as they
 * are (./idb-outbox-store.ts: the demo's data, which that build keeps in localStorage anyway).
 * A build for a real API keeps them in IndexedDB encrypted with the user's key from the server
 * (./sealed-outbox-store.ts; docs/security.md: nothing about patients readable in browser storage).
 * Tests set their own with setOutboxStore(). */
export interface OutboxStore {
  /** True when entries outlive the page ("Saved on this device"). */
  readonly persistent: boolean;
  put(entry: OutboxEntry): Promise<void>;
  delete(id: string): Promise<void>;
  /** One user's entries, in the order they were made. */
  list(userId: string): Promise<OutboxEntry[]>;
  /** Forgets any key held in memory (at sign-out). */
  lock?(): void;
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
let current: OutboxStore | undefined;

function defaultStore(): Promise<OutboxStore> {
  // Each build carries only its own store (MOCK_MODE is fixed at build time), each in a chunk
  // of its own, loaded when the outbox is first used: not in the register's first load.
  const opened = MOCK_MODE
    ? import('./idb-outbox-store').then((m) => m.openIdbOutboxStore())
    : import('./sealed-outbox-store').then((m) => m.openSealedOutboxStore());
  return opened.catch(() => memoryOutboxStore()); // no IndexedDB (private mode): the page keeps them
}

export function outboxStore(): Promise<OutboxStore> {
  store ??= defaultStore().then((s) => (current = s));
  return store;
}

/** The seam for another store (a test's). */
export function setOutboxStore(next: OutboxStore): void {
  store = Promise.resolve(next);
  current = next;
}

/** At sign-out: the store forgets the keys it holds (the next user's are asked for afresh). */
export function lockOutbox(): void {
  current?.lock?.();
}

/** Whether changes waiting to be sent outlive the page, for the words the register uses. */
export function outboxIsPersistent(): boolean {
  return current ? current.persistent : MOCK_MODE && typeof indexedDB !== 'undefined';
}
