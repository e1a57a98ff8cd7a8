import type { IsoDate } from './dates';

export type LifecycleStatus = 'planned' | 'running' | 'completed' | 'cancelled';

/** docs/domain.md lifecycle: planned -> running once the first session is held -> completed
 * after the last; a cancelled cohort stays cancelled. Derived, so it never goes stale. */
export function lifecycleStatus(
  stored: LifecycleStatus,
  sessionDates: IsoDate[],
  today: IsoDate,
): LifecycleStatus {
  if (stored === 'cancelled' || sessionDates.length === 0) return stored;
  const sorted = [...sessionDates].sort();
  if ((sorted[sorted.length - 1] as IsoDate) < today) return 'completed';
  if ((sorted[0] as IsoDate) <= today) return 'running';
  return 'planned';
}
