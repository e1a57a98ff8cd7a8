import { infiniteQueryOptions, keepPreviousData, queryOptions } from '@tanstack/react-query';
import { ACCESS_PAGE_SIZE } from '../../../api/schemas/access';
import { callApi } from '../../../api/client';
import { auditEndpoints } from '../../../api/endpoints/service';
import { queryKeys } from '../../../api/query-keys';
import { AUDIT_PAGE_SIZE } from '../../../api/schemas/audit-query';
import type { AuditFilter } from '../../../api/schemas/audit-filter';
import type { AuditList } from '../../../api/schemas/audit-view';

export const auditQueries = {
  /** Who has been shown one person's records, newest first (the first page of them). */
  access: (participantId: string) =>
    queryOptions({
      queryKey: queryKeys.audit.access(participantId),
      queryFn: ({ signal }) =>
        callApi(auditEndpoints, 'GET /audit/access', {
          query: { participant: participantId, offset: 0, limit: ACCESS_PAGE_SIZE },
          signal,
        }),
    }),
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
          query: { ...filter, person: undefined, offset: pageParam, limit: AUDIT_PAGE_SIZE },
          signal,
        }),
    }),
};
