import { request, writer } from './idb';
import { serverOutboxKey, type OutboxKeySource } from './outbox-key';
import type { OutboxEntry, OutboxStore } from './outbox-store';

// The outbox against a real API: IndexedDB holds, for each entry, its random id,
// the id of the user who made it (to pick a user's entries) and the rest of it encrypted with
// AES-GCM under that user's key (./outbox-key.ts), which the server gives only to a session of
// that user and the page keeps only in memory. A random 96-bit IV per entry; the additional
// data binds the ciphertext to its user and its id, so an entry moved to another user or
// another id does not open. A lost laptop without a session shows ciphertext; another user's
// entries are never read (and would not open). Loaded only in a build for a real API, when the
// outbox is first used (./outbox-store.ts), so the register's first load does not carry it.

const DB = 'cohort-register-outbox-sealed';
const STORE = 'entries';
const BY_USER = 'userId';

/** What IndexedDB holds for an entry. */
export interface SealedEntry {
  id: string;
  userId: string;
  iv: Uint8Array<ArrayBuffer>;
  data: ArrayBuffer;
}

type Sealed = Omit<OutboxEntry, 'id' | 'userId'>;

const additionalData = (userId: string, id: string) =>
  new TextEncoder().encode(JSON.stringify(['cohort-register-outbox/1', userId, id]));

async function seal(entry: OutboxEntry, key: CryptoKey): Promise<SealedEntry> {
  const { id, userId, ...rest } = entry;
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const data = await globalThis.crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: additionalData(userId, id) },
    key,
    new TextEncoder().encode(JSON.stringify(rest satisfies Sealed)),
  );
  return { id, userId, iv, data };
}

/** The entry, or null when it does not open: another key, or changed since it was written. */
async function open(sealed: SealedEntry, key: CryptoKey): Promise<OutboxEntry | null> {
  try {
    const plain = await globalThis.crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: sealed.iv, additionalData: additionalData(sealed.userId, sealed.id) },
      key,
      sealed.data,
    );
    const rest = JSON.parse(new TextDecoder().decode(plain)) as Sealed;
    return { ...rest, id: sealed.id, userId: sealed.userId };
  } catch {
    return null;
  }
}

export interface SealedOutboxStore extends OutboxStore {
  /** Forgets the keys held in memory (at sign-out); the next use asks the server again. */
  lock(): void;
}

export async function openSealedOutboxStore(
  keyOf: OutboxKeySource = serverOutboxKey,
): Promise<SealedOutboxStore> {
  const opening = indexedDB.open(DB, 1);
  opening.onupgradeneeded = () =>
    opening.result.createObjectStore(STORE, { keyPath: 'id' }).createIndex(BY_USER, 'userId');
  const db = await request(opening);
  const write = writer(db, STORE);
  // One key per user, asked for once; a failed ask (offline, signed out) is asked again later.
  const keys = new Map<string, Promise<CryptoKey>>();
  const ready = new Set<string>();
  const keyFor = (userId: string) => {
    let key = keys.get(userId);
    if (!key) {
      key = keyOf(userId);
      keys.set(userId, key);
      key.then(
        () => keys.get(userId) === key && ready.add(userId),
        () => keys.get(userId) === key && keys.delete(userId),
      );
    }
    return key;
  };
  return {
    // Entries outlive the page once a key is in hand; until then they are kept in memory only.
    get persistent() {
      return ready.size > 0;
    },
    put: async (entry) => {
      const sealed = await seal(entry, await keyFor(entry.userId));
      await write('strict', (s) => s.put(sealed));
    },
    delete: (id) => write('relaxed', (s) => s.delete(id)),
    list: async (userId) => {
      const key = await keyFor(userId);
      const index = db.transaction(STORE).objectStore(STORE).index(BY_USER);
      const sealed = (await request(index.getAll(userId))) as SealedEntry[];
      const entries = await Promise.all(sealed.map((s) => open(s, key)));
      return entries
        .filter((e): e is OutboxEntry => e !== null && e.userId === userId)
        .sort((a, b) => a.seq - b.seq);
    },
    lock: () => {
      keys.clear();
      ready.clear();
    },
  };
}
