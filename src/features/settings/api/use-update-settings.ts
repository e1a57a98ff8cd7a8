import { settingsEndpoints } from '../../../api/endpoints/service';
import type { SettingsUpdate } from '../../../api/schemas/settings';
import { useEndpointMutation } from '../../../lib/endpoint-hooks';
import { sessionLimitsStore } from '../../../lib/session-limits-store';
import { settingsQueries } from './settings-queries';

/** Changing the threshold re-evaluates every flag (they are derived), so flags and rosters refresh. */
export function useUpdateSettings() {
  return useEndpointMutation(settingsEndpoints, 'PATCH /settings', {
    call: ({ version, ...input }: SettingsUpdate & { version: number }) => ({
      body: input,
      version,
    }),
    onSuccess: (saved, _variables, qc) => {
      qc.setQueryData(settingsQueries.current().queryKey, saved);
      // This tab's idle sign-out follows new session limits at once.
      sessionLimitsStore.set(saved);
    },
    invalidates: 'settings',
  });
}
