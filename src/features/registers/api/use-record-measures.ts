import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../api/client';
import { staleReader } from '../../../api/declared-errors';
import { outcomeEndpoints } from '../../../api/endpoints/outcomes';
import type { RecordMeasures } from '../../../api/schemas/measures';
import { invalidateAfter } from '../../../lib/invalidate';
import { patchRow } from './register-cache';
import { registerQueries } from './register-queries';

/** A stale save's 412: the person's measures as the server holds them now, read with their own
 * schema when the error was made (null for any other error). */
export const staleMeasures = staleReader(
  outcomeEndpoints,
  'PUT /sessions/:sessionId/measures/:enrolmentId',
);

/** Saves a present person's measures at a session; the row shows the answer at once, and the
 * alerts and figures refresh (an item-9 answer raises an alert). */
export function useRecordMeasures(sessionId: string) {
  const qc = useQueryClient();
  const key = registerQueries.detail(sessionId).queryKey;
  return useMutation({
    mutationFn: (v: { enrolmentId: string; version: number; body: RecordMeasures }) =>
      callApi(outcomeEndpoints, 'PUT /sessions/:sessionId/measures/:enrolmentId', {
        params: { sessionId, enrolmentId: v.enrolmentId },
        body: v.body,
        version: v.version,
      }),
    onSuccess: (measures, v) => {
      qc.setQueryData(key, (old) => patchRow(old, v.enrolmentId, (r) => ({ ...r, measures })));
      void invalidateAfter(qc, 'measures');
    },
  });
}
