import { request, writer } from './idb';
import type { OutboxEntry, OutboxStore } from './outbox-store';

// Mock mode's outbox: plain IndexedDB, one object store keyed by entry id. Loaded only in a
// mock build (./outbox-store.ts); its data is the demo's, which the mock build keeps in
// localStorage anyway. A build for a real API uses ./sealed-outbox-store.ts instead.
const DB = 'cohort-register-outbox';
const STORE = 'entries';

export async function openIdbOutboxStore(): Promise<OutboxStore> {
  const open = indexedDB.open(DB, 1);
  open.onupgradeneeded = () => open.result.createObjectStore(STORE, { keyPath: 'id' });
  const db = await request(open);
  const write = writer(db, STORE);
  return {
    persistent: true,
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
