import { flagEndpoints } from '../../../api/endpoints/flags';
import type { FlagAction, FlagView } from '../../../api/schemas/flags';
import { useEndpointMutation } from '../../../lib/endpoint-hooks';

/** Keep with a reason, transfer or withdraw a flagged person (refused if no longer flagged). */
export function useResolveFlag(flag: FlagView) {
  return useEndpointMutation(flagEndpoints, 'POST /flags/:enrolmentId/resolve', {
    call: (action: FlagAction) => ({
      params: { enrolmentId: flag.enrolmentId },
      body: action,
      version: flag.enrolmentVersion,
    }),
    invalidates: 'place',
  });
}
