import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../api/client';
import { enrolmentEndpoints } from '../../../api/endpoints/enrolments';
import { invalidateAfter } from '../../../lib/invalidate';

export function useEnrolParticipant(cohortId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { participantId: string; agreementRecorded: boolean }) =>
      callApi(enrolmentEndpoints, 'POST /cohorts/:id/enrolments', {
        params: { id: cohortId },
        body: input,
      }),
    onSuccess: () => invalidateAfter(qc, 'place'),
  });
}
