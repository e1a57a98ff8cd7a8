import { infiniteQueryOptions, keepPreviousData } from '@tanstack/react-query';
import { callApi } from '../../../api/client';
import { auditEndpoints } from '../../../api/endpoints/service';
import { queryKeys } from '../../../api/query-keys';
import { AUDIT_PAGE_SIZE } from '../../../api/schemas/audit-query';
import type { AuditFilter } from '../../../api/schemas/audit-filter';
import type { AuditList } from '../../../api/schemas/audit-view';

export const auditQueries = {
  /** The trail newest first, a page at a time: "Show older events" asks for the next. */
  list: (filter: AuditFilter) =>
    infiniteQueryOptions({
      queryKey: queryKeys.audit.list(filter),
      // Changing a filter keeps the current rows on screen until the new ones arrive.
      placeholderData: keepPreviousData,
      initialPageParam: 0,
      getNextPageParam: (last: AuditList) => {
        const next = last.offset + last.items.length;
        return next < last.total ? next : undefined;
      },
      queryFn: ({ signal, pageParam }) =>
        callApi(auditEndpoints, 'GET /audit', {
          query: { ...filter, offset: pageParam, limit: AUDIT_PAGE_SIZE },
          signal,
        }),
    }),
};
