import { flagEndpoints } from '../../../api/endpoints/flags';
import type { FlagContactInput, FlagView } from '../../../api/schemas/flags';
import { useEndpointMutation } from '../../../lib/endpoint-hooks';

/** At risk: a record that someone contacted the person before the next session. */
export function useRecordContact(flag: FlagView) {
  return useEndpointMutation(flagEndpoints, 'POST /flags/:enrolmentId/contacts', {
    call: (input: FlagContactInput) => ({
      params: { enrolmentId: flag.enrolmentId },
      body: input,
    }),
    invalidates: 'attendance',
  });
}
