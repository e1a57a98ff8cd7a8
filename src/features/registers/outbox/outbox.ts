import type { MarkAttendance } from '../../../api/schemas/attendance';
import type { MarkVariables } from '../api/register-cache';
import { outboxStore, type OutboxEntry } from './outbox-store';

// This page's side of the outbox: its id (held as a Web Lock for as long as the page lives, so
// another page of the same browser leaves its entries alone), and which entries it may send.

export const TAB_ID = globalThis.crypto.randomUUID();
export const LOCK_PREFIX = 'cohort-register-outbox-tab:';
if (typeof navigator !== 'undefined' && navigator.locks) {
  // Released by the browser when the page goes; never resolved before that.
  void navigator.locks.request(LOCK_PREFIX + TAB_ID, () => new Promise<void>(() => {}));
}

let counter = 0;
/** Increasing across reloads and pages, so entries go in the order they were made. */
export function nextSeq(): number {
  counter = Math.max(counter + 1, Date.now() * 1000);
  return counter;
}

export function entryOf(v: MarkVariables, sessionId: string): OutboxEntry {
  return {
    id: v.entryId,
    seq: v.seq,
    userId: v.userId,
    tabId: TAB_ID,
    sessionId,
    enrolmentId: v.enrolmentId,
    change: v.change,
    baseVersion: v.baseVersion,
    idempotencyKey: v.idempotencyKey,
  };
}

/** Narrows a waiting entry to the fields still unsaved (a newer change took the others), so
 * a reload never sends the older value over the newer one. */
export async function narrow(userId: string, entryId: string, change: MarkAttendance) {
  const store = await outboxStore();
  const entry = (await store.list(userId).catch(() => [])).find((e) => e.id === entryId);
  if (entry) await store.put({ ...entry, change }).catch(() => undefined);
}

/** Writing down is best effort: if the store fails, the change still goes from memory. */
export async function remember(entry: OutboxEntry): Promise<void> {
  await (await outboxStore()).put(entry).catch(() => undefined);
}

const forgetting = new Set<Promise<void>>();

/** Drops an entry the server has (or the user gave up). Counting waits for these (forgotten). */
export function forget(entryId: string | undefined): Promise<void> {
  if (!entryId) return Promise.resolve();
  const done = outboxStore()
    .then((store) => store.delete(entryId))
    .catch(() => undefined)
    .finally(() => forgetting.delete(done));
  forgetting.add(done);
  return done;
}

export function forgotten(): Promise<unknown> {
  return Promise.all([...forgetting]);
}
