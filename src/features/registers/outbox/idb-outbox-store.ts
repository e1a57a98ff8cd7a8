import type { OutboxEntry, OutboxStore } from './outbox-store';

// Mock mode's outbox: plain IndexedDB, one object store keyed by entry id. Loaded only in a
// mock build (./outbox-store.ts); a build for a real API never writes patients' notes here.
const DB = 'cohort-register-outbox';
const STORE = 'entries';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

export async function openIdbOutboxStore(): Promise<OutboxStore> {
  const open = indexedDB.open(DB, 1);
  open.onupgradeneeded = () => open.result.createObjectStore(STORE, { keyPath: 'id' });
  const db = await request(open);
  const write = (durability: IDBTransactionDurability, action: (s: IDBObjectStore) => void) => {
    const tx = db.transaction(STORE, 'readwrite', { durability });
    action(tx.objectStore(STORE));
    return done(tx);
  };
  return {
    persistent: true,
    // Strict: an entry is on disk before it counts as kept (Chrome's default lets a power cut
    // lose the last writes). A delete lost that way only sends an entry again, harmlessly.
    put: (entry) => write('strict', (s) => s.put(entry)),
    delete: (id) => write('relaxed', (s) => s.delete(id)),
    list: async (userId) => {
      const all = await request(
        db.transaction(STORE).objectStore(STORE).getAll() as IDBRequest<OutboxEntry[]>,
      );
      return all.filter((e) => e.userId === userId).sort((a, b) => a.seq - b.seq);
    },
  };
}
