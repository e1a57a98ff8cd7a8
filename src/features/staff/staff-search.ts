import type { SortingState } from '@tanstack/react-table';
import { z } from 'zod/mini';
import type { StaffAccountView } from '../../api/schemas/staff-accounts';

export const STAFF_SORTABLE = ['name', 'role', 'status'] as const;

/** The staff table's state, kept in the URL so a view can be shared or reloaded. Bad values
 * fall back to defaults rather than breaking the page. */
export const staffSearchSchema = z.object({
  status: z.catch(z.optional(z.enum(['all', 'active', 'deactivated'])), undefined),
  sort: z.catch(z.optional(z.enum(STAFF_SORTABLE)), undefined),
  desc: z.catch(z.optional(z.boolean()), undefined),
});
export type StaffSearch = z.infer<typeof staffSearchSchema>;

export function sortingFromSearch(search: StaffSearch): SortingState {
  return [{ id: search.sort ?? 'name', desc: search.desc ?? false }];
}

export function searchFromSorting(sorting: SortingState): Pick<StaffSearch, 'sort' | 'desc'> {
  const first = sorting[0];
  const sort = STAFF_SORTABLE.find((s) => s === first?.id);
  return { sort, desc: first?.desc ? true : undefined };
}

/** Active staff by default: leavers stay listed under "Deactivated" and "All". */
export function matchesStatus(account: StaffAccountView, status: StaffSearch['status']): boolean {
  const wanted = status ?? 'active';
  return wanted === 'all' || account.active === (wanted === 'active');
}
