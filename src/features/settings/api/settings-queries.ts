import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { serviceSettingsSchema, type ServiceSettings } from '../../../api/schemas/settings';

export const settingsQueries = {
  current: () =>
    queryOptions({
      queryKey: ['settings'],
      queryFn: ({ signal }) => apiRequest('/settings', serviceSettingsSchema, { signal }),
    }),
};

/** Changing the threshold re-evaluates every flag (they are derived), so flags and rosters refresh. */
export function useUpdateSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ version, ...input }: ServiceSettings) =>
      apiRequest('/settings', serviceSettingsSchema, { method: 'PATCH', body: input, version }),
    onSuccess: (saved) => {
      qc.setQueryData(settingsQueries.current().queryKey, saved);
      return Promise.all(
        ['flags', 'cohorts', 'registers'].map((k) => qc.invalidateQueries({ queryKey: [k] })),
      );
    },
  });
}
