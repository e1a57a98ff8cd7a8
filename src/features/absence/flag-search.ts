import type { SortingState } from '@tanstack/react-table';
import { z } from 'zod/mini';
import type { FlagView } from '../../api/schemas/flags';

export const FLAG_SORTABLE = [
  'name',
  'cohort',
  'absences',
  'status',
  'openFor',
  'lastAttended',
] as const;

/** The flags page's filters and sort, in the URL. No names or NHS numbers ever go here. */
export const flagSearchSchema = z.object({
  status: z.catch(z.optional(z.enum(['all', 'at_risk', 'breached'])), undefined),
  cohort: z.catch(z.optional(z.string().check(z.maxLength(40))), undefined),
  sort: z.catch(z.optional(z.enum(FLAG_SORTABLE)), undefined),
  desc: z.catch(z.optional(z.boolean()), undefined),
});
export type FlagSearch = z.infer<typeof flagSearchSchema>;

export function flagSorting(search: FlagSearch): SortingState {
  return [{ id: search.sort ?? 'status', desc: search.desc ?? true }];
}

export function flagSearchFromSorting(sorting: SortingState): Pick<FlagSearch, 'sort' | 'desc'> {
  const first = sorting[0];
  return { sort: FLAG_SORTABLE.find((s) => s === first?.id), desc: first ? first.desc : undefined };
}

/** The filters that are not sorting: a status, and one cohort. */
export function matchesFlag(flag: FlagView, search: FlagSearch): boolean {
  return (
    (!search.status || search.status === 'all' || flag.status === search.status) &&
    (!search.cohort || flag.cohortId === search.cohort)
  );
}
