import {
  mutationOptions,
  useMutation,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { useCallback } from 'react';
import { ApiError, describeError, isApiError } from '../../../api/api-error';
import { callApi } from '../../../api/client';
import { registerEndpoints } from '../../../api/endpoints/registers';
import {
  markAttendanceSchema,
  type AttendanceRecord,
  type MarkAttendance,
} from '../../../api/schemas/attendance';
import { invalidateAfter } from '../../../lib/invalidate';
import { entryOf, forget, nextSeq, remember } from '../outbox/outbox';
import {
  markKey,
  optimistic,
  patchRecord,
  recordOf,
  revertFields,
  type MarkVariables,
} from './register-cache';
import { registerQueries } from './register-queries';
import { rowProblemsOf, setRowProblem, supersedes } from './row-problems';

// Versions this page's own saves moved each row on, by the version they were made on: a change
// made on version 3 before this page's earlier change to the row was saved (as version 4) is
// sent on 4, while a colleague's save in between still makes it a conflict.
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

/** The server already holds exactly this change (sent before a reload cut the answer off). */
const alreadyThere = (change: MarkAttendance, current: AttendanceRecord | null) =>
  current !== null &&
  (change.code === undefined || change.code === current.code) &&
  (change.note === undefined || change.note.trim() === current.note) &&
  (change.catchUpSent === undefined || change.catchUpSent === current.catchUpSent);

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
      }),
    onMutate: async (v) => {
      const { enrolmentId, change } = v;
      await qc.cancelQueries({ queryKey: detailKey });
      const before = recordOf(qc, sessionId, enrolmentId);
      qc.setQueryData(detailKey, (old) =>
        patchRecord(old, enrolmentId, (r) => optimistic(r, sessionId, enrolmentId, change)),
      );
      const problem = rowProblemsOf(qc, sessionId)[enrolmentId];
      if (supersedes(change, problem)) {
        setRowProblem(qc, sessionId, enrolmentId, null);
        if (problem?.kind !== 'notice' && problem?.entryId !== v.entryId)
          await forget(problem?.entryId);
      }
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
      // get to forget is sent again and found already there (a 412 with the same change).
      void forget(v.entryId);
    },
    onError: async (error, v, context) => {
      const { enrolmentId, change, entryId } = v;
      // A 401 has already signed the user out and cleared every cache: the entry waits in the
      // outbox for the next sign-in.
      if (isApiError(error) && error.status === 401) return;
      if (error instanceof ApiError && error.code === 'stale_version') {
        const theirs = (error.current as AttendanceRecord | null) ?? null;
        qc.setQueryData(detailKey, (old) => patchRecord(old, enrolmentId, () => theirs));
        // A second change of the row in conflict too (a mark, then a note, sent after a
        // reload): one panel shows both, and one outbox entry keeps both until it is answered.
        const earlier = rowProblemsOf(qc, sessionId)[enrolmentId];
        const carried =
          earlier?.kind === 'conflict' && earlier.entryId !== entryId ? earlier : null;
        const mine = carried ? { ...carried.mine, ...change } : change;
        if (alreadyThere(mine, theirs)) {
          await forget(carried?.entryId);
          return forget(entryId);
        }
        if (carried) {
          await remember({ ...entryOf(v, sessionId), change: mine });
          await forget(carried.entryId);
        }
        setRowProblem(qc, sessionId, enrolmentId, { kind: 'conflict', mine, theirs, entryId });
        return;
      }
      // What was typed is not lost: the row shows it from its problem (withUnsaved), with a retry,
      // while the cached record goes back to what the server holds.
      setRowProblem(qc, sessionId, enrolmentId, {
        kind: 'failed',
        message: describeError(error),
        change,
        entryId,
      });
      qc.setQueryData(detailKey, (old) =>
        patchRecord(old, enrolmentId, (r) => revertFields(r, change, context?.before ?? null)),
      );
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
}

/** The register's marks, made on the version of the row the user sees now. */
export function useMarkAttendance(sessionId: string, userId: string) {
  const qc = useQueryClient();
  const { mutate } = useMutation(markMutationOptions(qc, sessionId));
  return useCallback(
    ({ enrolmentId, change, entryId }: Mark) =>
      mutate({
        enrolmentId,
        change,
        entryId: entryId ?? globalThis.crypto.randomUUID(),
        seq: nextSeq(),
        userId,
        baseVersion: recordOf(qc, sessionId, enrolmentId)?.version ?? 0,
      }),
    [mutate, qc, sessionId, userId],
  );
}
