import { z } from 'zod/mini';
import type { SortingState } from '@tanstack/react-table';
import type { CohortSummary } from '../../api/schemas/cohorts';

export const COHORT_SORTABLE = [
  'name',
  'type',
  'status',
  'startDate',
  'places',
  'nextSession',
] as const;

/** The cohorts table's state, kept in the URL so a view can be shared or reloaded.
 * Bad values fall back to defaults rather than breaking the page. */
export const cohortSearchSchema = z.object({
  q: z.catch(z.optional(z.string().check(z.maxLength(80))), undefined),
  status: z.catch(
    z.optional(z.enum(['all', 'planned', 'running', 'completed', 'cancelled'])),
    undefined,
  ),
  sort: z.catch(z.optional(z.enum(COHORT_SORTABLE)), undefined),
  desc: z.catch(z.optional(z.boolean()), undefined),
});
export type CohortSearch = z.infer<typeof cohortSearchSchema>;

export function sortingFromSearch(search: CohortSearch): SortingState {
  return [{ id: search.sort ?? 'startDate', desc: search.desc ?? false }];
}

export function searchFromSorting(sorting: SortingState): Pick<CohortSearch, 'sort' | 'desc'> {
  const first = sorting[0];
  const sort = COHORT_SORTABLE.find((s) => s === first?.id);
  return { sort, desc: first?.desc ? true : undefined };
}

/** The filters that are not sorting: a status, and text found in the name or a facilitator's. */
export function matchesCohort(
  c: CohortSummary,
  status: CohortSearch['status'],
  text: string,
): boolean {
  if (status && status !== 'all' && c.status !== status) return false;
  const q = text.trim().toLowerCase();
  return (
    !q || [c.name, ...c.facilitators.map((f) => f.name)].some((s) => s.toLowerCase().includes(q))
  );
}
