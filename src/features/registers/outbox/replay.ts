import type { QueryClient } from '@tanstack/react-query';
import { markMutationOptions } from '../api/mark-attendance';
import type { MarkAttendance } from '../../../api/schemas/attendance';
import { allMarksKey, markKey, type MarkVariables } from '../api/register-cache';
import { leftAfter } from '../api/row-problems';
import { forgotten, LOCK_PREFIX, TAB_ID } from './outbox';
import { outboxStore, type OutboxEntry } from './outbox-store';

async function pagesAlive(): Promise<Set<string>> {
  if (typeof navigator === 'undefined' || !navigator.locks) return new Set();
  const { held = [] } = await navigator.locks.query();
  return new Set(
    held.flatMap((l) =>
      l.name?.startsWith(LOCK_PREFIX) ? [l.name.slice(LOCK_PREFIX.length)] : [],
    ),
  );
}

/** The user's entries this page answers for: its own, and those of pages no longer open
 * (another open page of this browser sends its own). */
export async function ownEntries(userId: string): Promise<OutboxEntry[]> {
  const entries = await (await outboxStore()).list(userId);
  const alive = await pagesAlive();
  return entries.filter((e) => e.tabId === TAB_ID || !alive.has(e.tabId));
}

/** Those of them not already on their way from this page. */
export async function claimable(qc: QueryClient, userId: string): Promise<OutboxEntry[]> {
  const here = new Set(
    qc
      .getMutationCache()
      .findAll({ mutationKey: allMarksKey })
      .map((m) => (m.state.variables as MarkVariables | undefined)?.entryId),
  );
  return (await ownEntries(userId)).filter((e) => !here.has(e.id));
}

/** The fields of an entry that no change made on this page since has set (null: none). The
 * outbox is read once the first screen is up, so a row may have been marked again by then:
 * that newer mark stands, and the older one must not be sent over it. */
function notSetSince(qc: QueryClient, entry: OutboxEntry): MarkAttendance | null {
  let change: MarkAttendance | null = entry.change;
  for (const mark of qc.getMutationCache().findAll({ mutationKey: markKey(entry.sessionId) })) {
    const v = mark.state.variables as MarkVariables | undefined;
    if (change && v?.enrolmentId === entry.enrolmentId && v.seq > entry.seq)
      change = leftAfter(change, v.change);
  }
  return change;
}

/** When the app runs with a session (after a reload, or a later sign-in on this browser): the
 * signed-in user's changes that never reached the server go again, in the order they were
 * made, each on the version it was made on. They join each register's queue like a mark just
 * made (counted as unsaved, shown on their rows, a conflict or failure on the row), and leave
 * the outbox once the server has them. Only this user's entries are read. */
export async function replayOutbox(qc: QueryClient, userId: string): Promise<number> {
  const store = await outboxStore();
  const entries: OutboxEntry[] = [];
  for (const entry of await claimable(qc, userId)) {
    const change = notSetSince(qc, entry);
    if (change) entries.push({ ...entry, change });
    else await store.delete(entry.id);
  }
  // This page sends them now; then all join their queues at once, in the order they were made.
  await Promise.all(entries.map((entry) => store.put({ ...entry, tabId: TAB_ID })));
  for (const entry of entries) {
    const variables: MarkVariables = {
      enrolmentId: entry.enrolmentId,
      change: entry.change,
      entryId: entry.id,
      seq: entry.seq,
      userId: entry.userId,
      baseVersion: entry.baseVersion,
      idempotencyKey: entry.idempotencyKey ?? entry.id,
    };
    qc.getMutationCache()
      .build(qc, markMutationOptions(qc, entry.sessionId))
      .execute(variables)
      .catch(() => undefined); // its outcome shows on its register's row
  }
  return entries.length;
}

/** The signed-in user's changes not on the server yet, as the sign-out asks about them. */
export async function undelivered(userId: string): Promise<number> {
  await forgotten(); // entries of changes just saved are on their way out
  return (await ownEntries(userId)).length;
}

/** Sends what can be sent and waits for the answers; resolves with what is still not there. */
export async function deliver(qc: QueryClient, userId: string): Promise<number> {
  await replayOutbox(qc, userId);
  while (qc.isMutating({ mutationKey: allMarksKey }) > 0)
    await new Promise((resolve) => setTimeout(resolve, 250));
  return undelivered(userId);
}

/** Gives up the user's unsent changes (the sign-out's "Discard"). */
export async function discard(userId: string): Promise<void> {
  const store = await outboxStore();
  await Promise.all((await ownEntries(userId)).map((entry) => store.delete(entry.id)));
}
