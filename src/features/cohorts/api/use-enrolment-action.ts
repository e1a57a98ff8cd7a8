import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../api/client';
import { enrolmentEndpoints } from '../../../api/endpoints/enrolments';
import type {
  CannotAttendRequest,
  TransferRequest,
  WithdrawRequest,
} from '../../../api/schemas/enrolment-actions';
import { invalidateAfter } from '../../../lib/invalidate';

type Action =
  | { kind: 'transfer'; body: TransferRequest }
  | { kind: 'withdraw'; body: WithdrawRequest }
  | { kind: 'cannot-attend'; body: CannotAttendRequest };

function send(id: string, action: Action, version: number): Promise<unknown> {
  const params = { id };
  switch (action.kind) {
    case 'transfer':
      return callApi(enrolmentEndpoints, 'POST /enrolments/:id/transfer', {
        params,
        body: action.body,
        version,
      });
    case 'withdraw':
      return callApi(enrolmentEndpoints, 'POST /enrolments/:id/withdraw', {
        params,
        body: action.body,
        version,
      });
    case 'cannot-attend':
      return callApi(enrolmentEndpoints, 'POST /enrolments/:id/cannot-attend', {
        params,
        body: action.body,
      });
  }
}

/** Transfer, withdraw or "cannot attend session N" on one enrolment (If-Match its version).
 * A place freed or moved can open a vacancy and changes flags, the waiting list and figures. */
export function useEnrolmentAction(enrolmentId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ action, version }: { action: Action; version: number }) =>
      send(enrolmentId, action, version),
    onSuccess: (_data, { action }) =>
      invalidateAfter(qc, action.kind === 'cannot-attend' ? 'attendance' : 'place'),
  });
}
