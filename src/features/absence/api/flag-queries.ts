import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { transferOptionsSchema } from '../../../api/schemas/enrolment-actions';
import { flagListSchema } from '../../../api/schemas/flags';

export const flagQueries = {
  list: () =>
    queryOptions({
      queryKey: ['flags', 'list'],
      queryFn: ({ signal }) => apiRequest('/flags', flagListSchema, { signal }),
    }),
  // Where a flagged person could move (the same endpoint the cohort page's transfer uses).
  transferOptions: (enrolmentId: string) =>
    queryOptions({
      queryKey: ['flags', 'transfer-options', enrolmentId],
      queryFn: ({ signal }) =>
        apiRequest(
          `/enrolments/${encodeURIComponent(enrolmentId)}/transfer-options`,
          transferOptionsSchema,
          { signal },
        ),
      staleTime: 0,
    }),
};
