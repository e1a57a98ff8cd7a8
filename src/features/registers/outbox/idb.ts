// IndexedDB's callbacks as promises, for the outbox's stores (./idb-outbox-store.ts in the mock
// build, ./sealed-outbox-store.ts against a real API).

export function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

export function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

/** One object store's writes. Strict for a put: an entry is on disk before it counts as kept
 * (Chrome's default lets a power cut lose the last writes). A delete lost that way only sends
 * an entry again, harmlessly, so it is relaxed. */
export function writer(db: IDBDatabase, store: string) {
  return (durability: IDBTransactionDurability, action: (s: IDBObjectStore) => void) => {
    const tx = db.transaction(store, 'readwrite', { durability });
    action(tx.objectStore(store));
    return done(tx);
  };
}
