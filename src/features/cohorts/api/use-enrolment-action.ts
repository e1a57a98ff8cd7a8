import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { apiRequest } from '../../../api/client';
import type {
  CannotAttendRequest,
  TransferRequest,
  WithdrawRequest,
} from '../../../api/schemas/enrolment-actions';
import { invalidateCohortData } from './invalidate';

type Action =
  | { kind: 'transfer'; body: TransferRequest }
  | { kind: 'withdraw'; body: WithdrawRequest }
  | { kind: 'cannot-attend'; body: CannotAttendRequest };

/** Transfer, withdraw or "cannot attend session N" on one enrolment (If-Match its version). */
export function useEnrolmentAction(enrolmentId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ action, version }: { action: Action; version: number }) =>
      apiRequest(`/enrolments/${encodeURIComponent(enrolmentId)}/${action.kind}`, z.unknown(), {
        method: 'POST',
        body: action.body,
        version,
      }),
    onSuccess: () => invalidateCohortData(qc),
  });
}
