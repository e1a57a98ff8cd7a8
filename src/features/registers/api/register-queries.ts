import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import {
  attendanceExportSchema,
  registerListSchema,
  registerSchema,
} from '../../../api/schemas/registers';

export const registerQueries = {
  all: () => ['registers'] as const,
  list: () =>
    queryOptions({
      queryKey: [...registerQueries.all(), 'list'],
      queryFn: ({ signal }) => apiRequest('/registers', registerListSchema, { signal }),
    }),
  detail: (sessionId: string) =>
    queryOptions({
      queryKey: [...registerQueries.all(), 'detail', sessionId],
      queryFn: ({ signal }) =>
        apiRequest(`/sessions/${encodeURIComponent(sessionId)}/register`, registerSchema, {
          signal,
        }),
    }),
  export: (cohortId: string) =>
    queryOptions({
      queryKey: [...registerQueries.all(), 'export', cohortId],
      queryFn: ({ signal }) =>
        apiRequest(
          `/cohorts/${encodeURIComponent(cohortId)}/attendance-export`,
          attendanceExportSchema,
          { signal },
        ),
      staleTime: 0,
    }),
};
