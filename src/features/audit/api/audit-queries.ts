import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { callApi } from '../../../api/client';
import { auditEndpoints } from '../../../api/endpoints/service';
import { queryKeys } from '../../../api/query-keys';
import type { AuditFilter } from '../../../api/schemas/audit-view';

export const auditQueries = {
  list: (filter: AuditFilter) =>
    queryOptions({
      queryKey: queryKeys.audit.list(filter),
      // Changing a filter keeps the current rows on screen until the new ones arrive.
      placeholderData: keepPreviousData,
      queryFn: ({ signal }) => callApi(auditEndpoints, 'GET /audit', { query: filter, signal }),
    }),
};
