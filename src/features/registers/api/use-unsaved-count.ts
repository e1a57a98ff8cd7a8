import { useMutationState } from '@tanstack/react-query';
import { markKey } from './register-cache';

/** How many marks of this register have not reached the server yet (queued or in flight). */
export function useUnsavedCount(sessionId: string): number {
  return useMutationState({ filters: { mutationKey: markKey(sessionId), status: 'pending' } })
    .length;
}
