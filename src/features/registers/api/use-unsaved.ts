import { useMutationState } from '@tanstack/react-query';
import { markKey } from './register-cache';
import { isUnsaved, type RowProblems } from './row-problems';

export interface Unsaved {
  /** Marks and notes queued or in flight. */
  pending: number;
  /** Changes the server did not take (an error or a conflict), waiting for the user. */
  failed: number;
  total: number;
}

/** What of this register has not reached the server yet: nothing failed counts as saved. */
export function useUnsaved(sessionId: string, problems: RowProblems): Unsaved {
  const pending = useMutationState({
    filters: { mutationKey: markKey(sessionId), status: 'pending' },
  }).length;
  const failed = Object.values(problems).filter(isUnsaved).length;
  return { pending, failed, total: pending + failed };
}
