import type { QueryClient } from '@tanstack/react-query';

/** After any cohort write: the lists, the cohort and its roster, and registers built on them. */
export function invalidateCohortData(qc: QueryClient) {
  return Promise.all([
    qc.invalidateQueries({ queryKey: ['cohorts'] }),
    qc.invalidateQueries({ queryKey: ['registers'] }),
  ]);
}
