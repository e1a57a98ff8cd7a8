import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { apiRequest } from '../../../api/client';
import type { FlagAction, FlagContactInput, FlagView } from '../../../api/schemas/flags';

function useRefreshAfter() {
  const qc = useQueryClient();
  return () =>
    Promise.all(
      ['flags', 'cohorts', 'registers'].map((k) => qc.invalidateQueries({ queryKey: [k] })),
    );
}

/** Keep with a reason, transfer or withdraw a flagged person (refused if no longer flagged). */
export function useResolveFlag(flag: FlagView) {
  const refresh = useRefreshAfter();
  return useMutation({
    mutationFn: (action: FlagAction) =>
      apiRequest(`/flags/${encodeURIComponent(flag.enrolmentId)}/resolve`, z.unknown(), {
        method: 'POST',
        body: action,
        version: flag.enrolmentVersion,
      }),
    onSuccess: refresh,
  });
}

/** At risk: a record that someone contacted the person before the next session. */
export function useRecordContact(flag: FlagView) {
  const refresh = useRefreshAfter();
  return useMutation({
    mutationFn: (input: FlagContactInput) =>
      apiRequest(`/flags/${encodeURIComponent(flag.enrolmentId)}/contacts`, z.unknown(), {
        method: 'POST',
        body: input,
      }),
    onSuccess: refresh,
  });
}
