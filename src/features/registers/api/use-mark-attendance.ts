import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, describeError, isApiError } from '../../../api/api-error';
import { callApi } from '../../../api/client';
import { registerEndpoints } from '../../../api/endpoints/registers';
import { markAttendanceSchema, type AttendanceRecord } from '../../../api/schemas/attendance';
import { invalidateAfter } from '../../../lib/invalidate';
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

/** Each mark saves on its own, at once on screen (TkDodo, "Concurrent optimistic updates").
 * Marks of one register run in order (one mutation scope), survive offline spells in memory
 * (paused, then resumed in order), and a stale version comes back as a conflict to resolve.
 * A change the server does not take stays on screen as the row's problem, to try again. */
export function useMarkAttendance(sessionId: string) {
  const qc = useQueryClient();
  const detailKey = registerQueries.detail(sessionId).queryKey;
  return useMutation({
    mutationKey: markKey(sessionId),
    scope: { id: `register:${sessionId}` },
    // Only a lost connection is worth retrying: the mark waits, in order, until it can be sent.
    retry: (_count, error) => isApiError(error) && error.isOffline,
    retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 8000),
    mutationFn: ({ enrolmentId, change }: MarkVariables) => {
      // The version is read when the request is sent, after earlier marks in the scope settled.
      const version = recordOf(qc, sessionId, enrolmentId)?.version ?? 0;
      const body = markAttendanceSchema.parse(change);
      return callApi(registerEndpoints, 'PUT /sessions/:sessionId/attendance/:enrolmentId', {
        params: { sessionId, enrolmentId },
        body,
        version,
      });
    },
    onMutate: async ({ enrolmentId, change }) => {
      await qc.cancelQueries({ queryKey: detailKey });
      const before = recordOf(qc, sessionId, enrolmentId);
      qc.setQueryData(detailKey, (old) =>
        patchRecord(old, enrolmentId, (r) => optimistic(r, sessionId, enrolmentId, change)),
      );
      if (supersedes(change, rowProblemsOf(qc, sessionId)[enrolmentId]))
        setRowProblem(qc, sessionId, enrolmentId, null);
      return { before };
    },
    onSuccess: (saved, { enrolmentId }) => {
      // Keep what is on screen (it may already hold a later mark); take the server's identity.
      qc.setQueryData(detailKey, (old) =>
        patchRecord(old, enrolmentId, (r) =>
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
    },
    onError: (error, { enrolmentId, change }, context) => {
      // A 401 has already signed the user out and cleared every cache: nothing to show.
      if (isApiError(error) && error.status === 401) return;
      if (error instanceof ApiError && error.code === 'stale_version') {
        const theirs = (error.current as AttendanceRecord | null) ?? null;
        qc.setQueryData(detailKey, (old) => patchRecord(old, enrolmentId, () => theirs));
        setRowProblem(qc, sessionId, enrolmentId, { kind: 'conflict', mine: change, theirs });
        return;
      }
      // What was typed is not lost: the row shows it from its problem (withUnsaved), with a retry,
      // while the cached record goes back to what the server holds.
      setRowProblem(qc, sessionId, enrolmentId, {
        kind: 'failed',
        message: describeError(error),
        change,
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
