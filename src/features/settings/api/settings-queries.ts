import { settingsEndpoints } from '../../../api/endpoints/service';
import { queryKeys } from '../../../api/query-keys';
import { endpointQuery } from '../../../lib/endpoint-hooks';

export const settingsQueries = {
  current: () => endpointQuery(settingsEndpoints, 'GET /settings', queryKeys.settings.all),
};
