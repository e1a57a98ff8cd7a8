import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../api/client';
import { settingsEndpoints } from '../../../api/endpoints/service';
import type { SettingsUpdate } from '../../../api/schemas/settings';
import { invalidateAfter } from '../../../lib/invalidate';
import { sessionLimitsStore } from '../../../lib/session-limits-store';
import { settingsQueries } from './settings-queries';

/** Changing the threshold re-evaluates every flag (they are derived), so flags and rosters refresh. */
export function useUpdateSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ version, ...input }: SettingsUpdate & { version: number }) =>
      callApi(settingsEndpoints, 'PATCH /settings', { body: input, version }),
    onSuccess: (saved) => {
      qc.setQueryData(settingsQueries.current().queryKey, saved);
      // This tab's idle sign-out follows new session limits at once.
      sessionLimitsStore.set(saved);
      return invalidateAfter(qc, 'settings');
    },
  });
}
