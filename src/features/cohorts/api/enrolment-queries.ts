import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { apiRequest } from '../../../api/client';
import {
  transferOptionsSchema,
  waitingCandidatesSchema,
} from '../../../api/schemas/enrolment-actions';
import { participantListSchema } from '../../../api/schemas/participants';

export const enrolmentQueries = {
  transferOptions: (enrolmentId: string) =>
    queryOptions({
      queryKey: ['cohorts', 'transfer-options', enrolmentId],
      queryFn: ({ signal }) =>
        apiRequest(
          `/enrolments/${encodeURIComponent(enrolmentId)}/transfer-options`,
          transferOptionsSchema,
          { signal },
        ),
      staleTime: 0,
    }),
  waitingCandidates: (cohortId: string) =>
    queryOptions({
      queryKey: ['cohorts', 'waiting-candidates', cohortId],
      queryFn: ({ signal }) =>
        apiRequest(
          `/cohorts/${encodeURIComponent(cohortId)}/waiting-candidates`,
          waitingCandidatesSchema,
          { signal },
        ),
    }),
  // The search text (it may be an NHS number) travels in the body, never in a URL.
  search: (q: string) =>
    queryOptions({
      queryKey: ['participants', 'search', q],
      queryFn: ({ signal }) =>
        apiRequest('/participants/search', participantListSchema, {
          method: 'POST',
          body: { q },
          signal,
        }),
      enabled: q.trim().length >= 2,
      staleTime: 10_000,
    }),
};

export const okSchema = z.object({ ok: z.boolean() });
