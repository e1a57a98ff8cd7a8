import type { SortingState } from '@tanstack/react-table';
import { z } from 'zod';

export const WAITING_SORTABLE = ['name', 'wait', 'urgency', 'status'] as const;

/** The waiting list's view state in the URL: filters and sort only. The text search is kept
 * out on purpose: it would put a name or an NHS number in the address bar (DOMAIN.md). */
export const waitingListSearchSchema = z.object({
  status: z.enum(['open', 'waiting', 'offered', 'enrolled', 'all']).optional().catch(undefined),
  urgency: z.enum(['all', 'urgent', 'routine']).optional().catch(undefined),
  sort: z.enum(WAITING_SORTABLE).optional().catch(undefined),
  desc: z.boolean().optional().catch(undefined),
});
export type WaitingListSearch = z.infer<typeof waitingListSearchSchema>;

/** No sort chosen: urgent first, then longest waiting (the order places are offered in). */
export const PRIORITY_SORTING: SortingState = [{ id: 'urgency', desc: true }, { id: 'wait', desc: true }];

export function sortingFromSearch(search: WaitingListSearch): SortingState {
  return search.sort ? [{ id: search.sort, desc: search.desc ?? false }] : PRIORITY_SORTING;
}

export function searchFromSorting(sorting: SortingState): Pick<WaitingListSearch, 'sort' | 'desc'> {
  const first = sorting[0];
  const sort = WAITING_SORTABLE.find((s) => s === first?.id);
  return { sort, desc: first?.desc ? true : undefined };
}
