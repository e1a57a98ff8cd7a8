import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { auditListSchema, type AuditFilter } from '../../../api/schemas/audit-view';

export const auditQueries = {
  list: (filter: AuditFilter) =>
    queryOptions({
      queryKey: ['audit', 'list', filter],
      // Changing a filter keeps the current rows on screen until the new ones arrive.
      placeholderData: keepPreviousData,
      queryFn: ({ signal }) => {
        const params = new URLSearchParams(
          Object.entries(filter).filter((e): e is [string, string] => Boolean(e[1])),
        );
        const qs = params.toString();
        return apiRequest(`/audit${qs ? `?${qs}` : ''}`, auditListSchema, { signal });
      },
    }),
};
