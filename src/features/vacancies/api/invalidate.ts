import type { QueryClient } from '@tanstack/react-query';
import { vacancyQueries } from './vacancy-queries';

/** An offer changes the vacancy, the person's waiting-list status and, on acceptance, a cohort's
 * roster. Those caches belong to other features, which this one may not import: their keys'
 * first segments ('referrals', 'cohorts') are the shared contract. */
export function invalidateAfterOffer(qc: QueryClient) {
  return Promise.all([
    qc.invalidateQueries({ queryKey: vacancyQueries.all() }),
    qc.invalidateQueries({ queryKey: ['referrals'] }),
    qc.invalidateQueries({ queryKey: ['cohorts'] }),
  ]);
}
