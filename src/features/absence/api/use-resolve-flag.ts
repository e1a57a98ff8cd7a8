import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../api/client';
import { flagEndpoints } from '../../../api/endpoints/flags';
import type { FlagAction, FlagView } from '../../../api/schemas/flags';
import { invalidateAfter } from '../../../lib/invalidate';

/** Keep with a reason, transfer or withdraw a flagged person (refused if no longer flagged). */
export function useResolveFlag(flag: FlagView) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (action: FlagAction) =>
      callApi(flagEndpoints, 'POST /flags/:enrolmentId/resolve', {
        params: { enrolmentId: flag.enrolmentId },
        body: action,
        version: flag.enrolmentVersion,
      }),
    onSuccess: () => invalidateAfter(qc, 'place'),
  });
}
