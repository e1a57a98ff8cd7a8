import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../api/client';
import { flagEndpoints } from '../../../api/endpoints/flags';
import type { FlagContactInput, FlagView } from '../../../api/schemas/flags';
import { invalidateAfter } from '../../../lib/invalidate';

/** At risk: a record that someone contacted the person before the next session. */
export function useRecordContact(flag: FlagView) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: FlagContactInput) =>
      callApi(flagEndpoints, 'POST /flags/:enrolmentId/contacts', {
        params: { enrolmentId: flag.enrolmentId },
        body: input,
      }),
    onSuccess: () => invalidateAfter(qc, 'attendance'),
  });
}
