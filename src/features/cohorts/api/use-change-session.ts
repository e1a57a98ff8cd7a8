import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../api/client';
import { cohortEndpoints } from '../../../api/endpoints/cohorts';
import type { Session } from '../../../api/schemas/cohorts';
import { invalidateAfter } from '../../../lib/invalidate';

/** `messageGroup`: tell everyone placed in the cohort by GOV.UK Notify (the server sends it). */
export type SessionChange =
  | { kind: 'reschedule'; date: string; messageGroup: boolean }
  | { kind: 'cancel'; reason: string; messageGroup: boolean };

/** Move one session or cancel it for everyone, with the version it was shown at. */
export function useChangeSession(session: Session) {
  const qc = useQueryClient();
  const params = { sessionId: session.id };
  return useMutation({
    mutationFn: (change: SessionChange) =>
      change.kind === 'reschedule'
        ? callApi(cohortEndpoints, 'PATCH /sessions/:sessionId', {
            params,
            body: { date: change.date, messageGroup: change.messageGroup },
            version: session.version,
          })
        : callApi(cohortEndpoints, 'POST /sessions/:sessionId/cancel', {
            params,
            body: { reason: change.reason, messageGroup: change.messageGroup },
            version: session.version,
          }),
    onSuccess: () => invalidateAfter(qc, 'cohort'),
  });
}
