import { useMutation } from '@tanstack/react-query';
import { callApi } from '../../../api/client';
import { outcomeEndpoints } from '../../../api/endpoints/outcomes';

/** Sends a session's questionnaire link to everyone placed on it (by GOV.UK Notify, on the
 * server); answers what happened to each person's message. */
export function useSendQuestionnaire(sessionId: string) {
  return useMutation({
    mutationFn: () =>
      callApi(outcomeEndpoints, 'POST /sessions/:sessionId/questionnaire-links', {
        params: { sessionId },
        body: {},
      }),
  });
}
