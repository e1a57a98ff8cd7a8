import { enrolmentEndpoints } from '../../../api/endpoints/enrolments';
import { useEndpointMutation } from '../../../lib/endpoint-hooks';

export function useEnrolParticipant(cohortId: string) {
  return useEndpointMutation(enrolmentEndpoints, 'POST /cohorts/:id/enrolments', {
    call: (input: { participantId: string; agreementRecorded: boolean }) => ({
      params: { id: cohortId },
      body: input,
    }),
    invalidates: 'place',
  });
}
