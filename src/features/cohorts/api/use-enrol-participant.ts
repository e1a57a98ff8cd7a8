import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { rosterEntrySchema } from '../../../api/schemas/participants';
import { invalidateCohortData } from './invalidate';

export function useEnrolParticipant(cohortId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { participantId: string; agreementRecorded: boolean }) =>
      apiRequest(`/cohorts/${encodeURIComponent(cohortId)}/enrolments`, rosterEntrySchema, {
        method: 'POST',
        body: input,
      }),
    onSuccess: () => invalidateCohortData(qc),
  });
}
