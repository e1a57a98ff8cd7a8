import {
  mutationOptions,
  useMutation,
  useQueryClient,
  type QueryClient,
  type QueryKey,
} from '@tanstack/react-query';
import { useCallback } from 'react';
import { isApiError } from '../../../api/api-error';
import { callApi } from '../../../api/client';
import { registerEndpoints } from '../../../api/endpoints/registers';
import { markAttendanceSchema, type MarkAttendance } from '../../../api/schemas/attendance';
import { invalidateAfter } from '../../../lib/invalidate';
import { staleReader } from '../../../api/declared-errors';
import { entryOf, forget, nextSeq, remember } from '../outbox/outbox';
import { keepUnsaved, narrowProblem, earlierLanded } from './mark-problems';
import {
  markKey,
  optimistic,
  patchRecord,
  recordOf,
  revertFields,
  type MarkVariables,
} from './register-cache';
import { registerQueries } from './register-queries';

// Versions this page's own saves moved each row on, by the version they were made on: a change
// made on version 3 before this page's earlier change to the row was saved (as version 4) is
// sent on 4, while a colleague's save in between still makes it a conflict.
/** A mark's 412: the record as the server holds it (null when nobody had marked the person). */
const staleMark = staleReader(
  registerEndpoints,
  'PUT /sessions/:sessionId/attendance/:enrolmentId',
);

const moved = new WeakMap<QueryClient, Map<string, number>>();
const movedOn = (qc: QueryClient) => moved.get(qc) ?? moved.set(qc, new Map()).get(qc)!;
const rowKey = (sessionId: string, v: MarkVariables, version: number) =>
  `${sessionId}:${v.enrolmentId}:${version}`;

function versionToSend(qc: QueryClient, sessionId: string, v: MarkVariables): number {
  let version = v.baseVersion;
  for (let next; (next = movedOn(qc).get(rowKey(sessionId, v, version))) !== undefined;)
    version = next;
  return version;
}

/** Each mark saves on its own, at once on screen (TkDodo, "Concurrent optimistic updates").
 * Marks of one register run in order (one mutation scope), wait out offline spells (paused,
 * then resumed in order) and are written to the outbox until the server has them, so a
 * reload or a later sign-in sends them still (../outbox/replay.ts). A stale version comes back
 * as a conflict to resolve; a change the server does not take stays as the row's problem. */
export function markMutationOptions(qc: QueryClient, sessionId: string) {
  const detailKey = registerQueries.detail(sessionId).queryKey;
  return mutationOptions({
    mutationKey: markKey(sessionId),
    scope: { id: `register:${sessionId}` },
    // Only a lost connection is worth retrying: the mark waits, in order, until it can be sent.
    retry: (_count, error) => isApiError(error) && error.isOffline,
    retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 8000),
    mutationFn: (v: MarkVariables) =>
      callApi(registerEndpoints, 'PUT /sessions/:sessionId/attendance/:enrolmentId', {
        params: { sessionId, enrolmentId: v.enrolmentId },
        body: markAttendanceSchema.parse(v.change),
        version: versionToSend(qc, sessionId, v),
        idempotencyKey: v.idempotencyKey,
      }),
    onMutate: async (v) => {
      const { enrolmentId, change } = v;
      await quietRegister(qc, detailKey);
      const before = recordOf(qc, sessionId, enrolmentId);
      qc.setQueryData(detailKey, (old) =>
        patchRecord(old, enrolmentId, (r) => optimistic(r, sessionId, enrolmentId, change)),
      );
      await narrowProblem(qc, sessionId, v);
      await remember(entryOf(v, sessionId));
      return { before };
    },
    onSuccess: async (saved, v) => {
      movedOn(qc).set(rowKey(sessionId, v, versionToSend(qc, sessionId, v)), saved.version);
      // Keep what is on screen (it may already hold a later mark); take the server's identity.
      qc.setQueryData(detailKey, (old) =>
        patchRecord(old, v.enrolmentId, (r) =>
          r
            ? {
                ...r,
                id: saved.id,
                version: saved.version,
                updatedAt: saved.updatedAt,
                updatedBy: saved.updatedBy,
              }
            : saved,
        ),
      );
      // Not awaited: the next mark need not wait for the disk. An entry a closed page did not
      // get to forget is sent again with its key and gets this answer again.
      void forget(v.entryId);
      // An earlier change of the row that failed without an answer may be in this save already.
      await earlierLanded(qc, sessionId, v, saved, false);
    },
    onError: async (error, v, context) => {
      // A 401 has already signed the user out and cleared every cache: the entry waits in the
      // outbox for the next sign-in.
      if (isApiError(error) && error.status === 401) return;
      // A stale version: the server's copy, read with the record's own schema, goes into the
      // cache (what the row shows) and into the conflict to choose against.
      const theirs = staleMark(error);
      const record = theirs?.current ?? null;
      if (record && (await earlierLanded(qc, sessionId, v, record, true))) {
        // This user's own earlier write, whose answer was lost, moved the row on: the change
        // goes again on that version (queued behind this one, as a new write with a new key).
        qc.setQueryData(detailKey, (old) => patchRecord(old, v.enrolmentId, () => record));
        const again = qc.getMutationCache().build(qc, markMutationOptions(qc, sessionId));
        again
          .execute({
            ...v,
            baseVersion: record.version,
            idempotencyKey: crypto.randomUUID(),
          })
          .catch(() => undefined); // its own onError keeps what it could not save
        return;
      }
      if (theirs) {
        qc.setQueryData(detailKey, (old) => patchRecord(old, v.enrolmentId, () => theirs.current));
      } else {
        // What was typed is not lost: the row shows it from its problem (withUnsaved), with a
        // retry, while the cached record goes back to what the server holds.
        qc.setQueryData(detailKey, (old) =>
          patchRecord(old, v.enrolmentId, (r) =>
            revertFields(r, v.change, context?.before ?? null),
          ),
        );
      }
      await keepUnsaved(qc, sessionId, v, theirs ?? { error });
    },
    onSettled: () => {
      // Refetch only when this is the last mark in flight, so no mark flickers back.
      if (qc.isMutating({ mutationKey: markKey(sessionId) }) === 1) {
        // Absences feed rosters, flags and the figures: refresh them too (no reload needed).
        void invalidateAfter(qc, 'attendance');
      }
    },
  });
}

export interface Mark {
  enrolmentId: string;
  change: MarkAttendance;
  /** Sending again a change already in the outbox (a retry): it keeps its entry. */
  entryId?: string;
  /** The key of an earlier send of this very change that got no answer; otherwise a new one. */
  idempotencyKey?: string;
}

/** The register's marks, made on the version of the row the user sees now. */
export function useMarkAttendance(sessionId: string, userId: string) {
  const qc = useQueryClient();
  const { mutate } = useMutation(markMutationOptions(qc, sessionId));
  return useCallback(
    ({ enrolmentId, change, entryId, idempotencyKey }: Mark) =>
      mutate({
        enrolmentId,
        change,
        entryId: entryId ?? globalThis.crypto.randomUUID(),
        seq: nextSeq(),
        userId,
        baseVersion: recordOf(qc, sessionId, enrolmentId)?.version ?? 0,
        idempotencyKey: idempotencyKey ?? globalThis.crypto.randomUUID(),
      }),
    [mutate, qc, sessionId, userId],
  );
}

/** Before a mark changes the cached register: a refetch under way is cancelled (its answer
 * would hide the mark), but a first load is waited for. Cancelling that one (a reload with
 * marks still to send, replayed while the page's loader fetches) would leave the page without
 * its register, and there is nothing on screen yet for it to overwrite. */
async function quietRegister(qc: QueryClient, key: QueryKey): Promise<void> {
  const state = qc.getQueryState(key);
  if (state?.data !== undefined || state?.fetchStatus !== 'fetching') {
    await qc.cancelQueries({ queryKey: key });
    return;
  }
  await new Promise<void>((resolve) => {
    const loaded = () => qc.getQueryState(key)?.fetchStatus !== 'fetching';
    const stop = qc.getQueryCache().subscribe(() => {
      if (!loaded()) return;
      stop();
      resolve();
    });
    if (loaded()) {
      stop();
      resolve();
    }
  });
}
