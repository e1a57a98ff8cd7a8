import { queryOptions } from '@tanstack/react-query';
import { callApi } from '../api/client';
import { auditEndpoints } from '../api/endpoints/service';
import { queryKeys } from '../api/query-keys';

export interface LastSave {
  name: string;
  at: string;
}

// Only a conflict asks this (its own module, so no list's chunk carries the audit endpoint).
// Most records carry no "updated by": the audit trail does, newest first, filtered to the
// record by its id (never a name).
const LOOK_BACK = 20;

/** Who saved a record at `version`, and when: null when the trail does not say (or cannot be
 * read), and the conflict then speaks of "someone else". */
export const lastSaveQuery = (recordId: string, version: number) =>
  queryOptions({
    queryKey: queryKeys.audit.lastSave(recordId, version),
    queryFn: async ({ signal }): Promise<LastSave | null> => {
      const { items } = await callApi(auditEndpoints, 'GET /audit', {
        query: { record: recordId, offset: 0, limit: LOOK_BACK },
        signal,
      });
      const save = items.find((e) => (e.after as { version?: number } | null)?.version === version);
      return save ? { name: save.actorName, at: save.at } : null;
    },
    retry: false,
    staleTime: Infinity,
  });
