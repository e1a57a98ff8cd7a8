import { z } from 'zod/mini';
import { intSchema, isoDateSchema, text } from './common';
import { waitingListItemSchema } from './referrals';

export const WAITING_STATUS_FILTERS = [
  'open',
  'waiting',
  'offered',
  'enrolled',
  'closed',
  'all',
] as const;
export const WAITING_URGENCY_FILTERS = ['all', 'urgent', 'routine'] as const;
export const WAITING_SORTS = ['name', 'wait', 'urgency', 'status'] as const;
export type WaitingSort = (typeof WAITING_SORTS)[number];
/** The most rows one page may ask for. */
export const WAITING_PAGE_MAX = 200;

/** One page of the waiting list, asked for in a POST body: the search text is a name or an NHS
 * number, which must never reach a URL (docs/domain.md). Without a sort the rows come in priority
 * order (urgent first, then longest waiting). */
export const waitingListQuerySchema = z.object({
  text: z._default(text().check(z.trim(), z.maxLength(100)), ''),
  status: z._default(z.enum(WAITING_STATUS_FILTERS), 'open'),
  urgency: z._default(z.enum(WAITING_URGENCY_FILTERS), 'all'),
  sort: z.optional(z.enum(WAITING_SORTS)),
  desc: z._default(z.boolean(), false),
  offset: z._default(intSchema.check(z.nonnegative()), 0),
  limit: z._default(intSchema.check(z.minimum(1), z.maximum(WAITING_PAGE_MAX)), 100),
});
export type WaitingListQuery = z.output<typeof waitingListQuerySchema>;

export const waitingListPageSchema = z.object({
  items: z.array(waitingListItemSchema),
  /** How many rows match the filters and search. */
  total: intSchema,
  /** How many people are on the list (waiting or offered), whatever the filters. */
  onList: intSchema,
  offset: intSchema,
  today: isoDateSchema,
});
export type WaitingListPage = z.infer<typeof waitingListPageSchema>;
