import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../api/client';
import { settingsEndpoints } from '../../../api/endpoints/service';
import type { SettingsUpdate } from '../../../api/schemas/settings';
import { invalidateAfter } from '../../../lib/invalidate';
import { settingsQueries } from './settings-queries';

/** Changing the threshold re-evaluates every flag (they are derived), so flags and rosters refresh. */
export function useUpdateSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ version, ...input }: SettingsUpdate & { version: number }) =>
      callApi(settingsEndpoints, 'PATCH /settings', { body: input, version }),
    onSuccess: (saved) => {
      qc.setQueryData(settingsQueries.current().queryKey, saved);
      return invalidateAfter(qc, 'settings');
    },
  });
}
