import { queryOptions } from '@tanstack/react-query';
import { callApi } from '../../../api/client';
import { settingsEndpoints } from '../../../api/endpoints/service';
import { queryKeys } from '../../../api/query-keys';

export const settingsQueries = {
  current: () =>
    queryOptions({
      queryKey: queryKeys.settings.all,
      queryFn: ({ signal }) => callApi(settingsEndpoints, 'GET /settings', { signal }),
    }),
};
