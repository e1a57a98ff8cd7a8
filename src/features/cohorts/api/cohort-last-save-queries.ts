import { queryOptions } from '@tanstack/react-query';
import { callApi } from '../../../api/client';
import { auditEndpoints } from '../../../api/endpoints/service';
import { queryKeys } from '../../../api/query-keys';

export interface LastSave {
  name: string;
  at: string;
}

// Only the cohort edit form's conflict asks this (its own module, so the cohort list's chunk
// does not carry the audit endpoint). A cohort record carries no "updated by": the audit trail
// does, newest first, filtered to the record by its id (never a name).
const LOOK_BACK = 20;

/** Who saved a cohort at `version`, and when: null when the trail does not say (or cannot be
 * read), and the conflict then speaks of "a colleague". */
export const cohortLastSaveQuery = (cohortId: string, version: number) =>
  queryOptions({
    queryKey: queryKeys.audit.lastSave(cohortId, version),
    queryFn: async ({ signal }): Promise<LastSave | null> => {
      const { items } = await callApi(auditEndpoints, 'GET /audit', {
        query: { record: cohortId, offset: 0, limit: LOOK_BACK },
        signal,
      });
      const save = items.find(
        (e) =>
          e.action === 'cohort.update' &&
          (e.after as { version?: number } | null)?.version === version,
      );
      return save ? { name: save.actorName, at: save.at } : null;
    },
    retry: false,
    staleTime: Infinity,
  });
