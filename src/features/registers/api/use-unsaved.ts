import { useMutationState } from '@tanstack/react-query';
import type { MarkAttendance } from '../../../api/schemas/attendance';
import { markKey, type MarkVariables } from './register-cache';
import { isUnsaved, type RowProblems } from './row-problems';

export interface Unsaved {
  /** Marks and notes queued or in flight. */
  pending: number;
  /** Changes the server did not take (an error or a conflict), waiting for the user. */
  failed: number;
  total: number;
  /** A queued change has failed to reach the server at least once (it is retried). */
  struggling: boolean;
  /** The rows with a change queued or in flight. */
  pendingRows: ReadonlySet<string>;
  /** Those changes, in the order they go (a page opened after a reload shows them before
   * they are sent: ../outbox/replay.ts). */
  pendingChanges: ReadonlyArray<{ enrolmentId: string; change: MarkAttendance }>;
}

/** What of this register has not reached the server yet: nothing failed counts as saved. */
export function useUnsaved(sessionId: string, problems: RowProblems): Unsaved {
  const pending = useMutationState({
    filters: { mutationKey: markKey(sessionId), status: 'pending' },
    select: (m) => {
      const v = m.state.variables as MarkVariables | undefined;
      return {
        enrolmentId: v?.enrolmentId ?? '',
        change: v?.change ?? {},
        tries: m.state.failureCount,
      };
    },
  });
  const failed = Object.values(problems).filter(isUnsaved).length;
  return {
    pending: pending.length,
    failed,
    total: pending.length + failed,
    struggling: pending.some((p) => p.tries > 0),
    pendingRows: new Set(pending.map((p) => p.enrolmentId)),
    pendingChanges: pending,
  };
}
