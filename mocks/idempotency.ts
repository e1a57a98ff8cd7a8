import { store, type StoredResponse } from './db';

const inflight = new Map<string, Promise<StoredResponse>>();

/** A retried write (same Idempotency-Key) gets the first answer and acts only once,
 * even when the retry arrives while the first is still being handled. */
export async function once(
  key: string,
  run: () => Promise<StoredResponse>,
): Promise<StoredResponse> {
  const stored = store.data.idempotency[key];
  if (stored) return stored;
  const pending = inflight.get(key);
  if (pending) return pending;
  const promise = run().then((result) => {
    if (result.status < 500) store.transact((db) => (db.idempotency[key] = result));
    return result;
  });
  inflight.set(key, promise);
  try {
    return await promise;
  } finally {
    inflight.delete(key);
  }
}
