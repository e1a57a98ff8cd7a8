import type { QueryClient } from '@tanstack/react-query';
import { AFFECTED_BY } from '../api/query-keys';

/** Refreshes everything a kind of write can change (src/api/query-keys.ts AFFECTED_BY). */
export function invalidateAfter(qc: QueryClient, kind: keyof typeof AFFECTED_BY): Promise<unknown> {
  return Promise.all(AFFECTED_BY[kind].map((queryKey) => qc.invalidateQueries({ queryKey })));
}
