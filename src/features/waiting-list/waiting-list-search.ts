import type { SortingState } from '@tanstack/react-table';
import { z } from 'zod/mini';

export const WAITING_SORTABLE = ['name', 'wait', 'urgency', 'status'] as const;

/** The waiting list's view state in the URL: filters and sort only. The text search is kept
 * out on purpose: it would put a name or an NHS number in the address bar (docs/domain.md).
 * Read by the waiting list's own (lazy) page, never by the route tree: the shared entry every
 * page loads stays without it (routes-waiting-list.ts). */
export const waitingListSearchSchema = z.object({
  status: z.catch(
    z.optional(z.enum(['open', 'waiting', 'offered', 'enrolled', 'closed', 'all'])),
    undefined,
  ),
  urgency: z.catch(z.optional(z.enum(['all', 'urgent', 'routine'])), undefined),
  sort: z.catch(z.optional(z.enum(WAITING_SORTABLE)), undefined),
  desc: z.catch(z.optional(z.boolean()), undefined),
});
export type WaitingListSearch = z.infer<typeof waitingListSearchSchema>;

/** No sort chosen: the server sends the rows in priority order (urgent first, then longest
 * waiting: the order places are offered in; src/domain/waiting-list.ts). */
export function sortingFromSearch(search: WaitingListSearch): SortingState {
  return search.sort ? [{ id: search.sort, desc: search.desc ?? false }] : [];
}

export function searchFromSorting(sorting: SortingState): Pick<WaitingListSearch, 'sort' | 'desc'> {
  const first = sorting[0];
  const sort = WAITING_SORTABLE.find((s) => s === first?.id);
  return { sort, desc: first?.desc ? true : undefined };
}
