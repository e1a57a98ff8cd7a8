import { useQueries, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import type { WaitingListItem } from '../../../api/schemas/referrals';
import { referralQueries, WAITING_PAGE_SIZE, type WaitingListFilters } from './referral-queries';

/** The waiting list a page at a time: the first page always (it says how many rows there are),
 * and the pages the rows on screen fall in. Scrolling anywhere fetches only those pages. */
export function useWaitingListPages(filters: WaitingListFilters, text: string) {
  // The cache key gets a number for the search text, never the text (query-keys.ts).
  const [searchIds] = useState(() => new Map<string, number>([['', 0]]));
  if (!searchIds.has(text)) searchIds.set(text, searchIds.size);
  const searchId = searchIds.get(text) ?? 0;

  const [range, setRange] = useState<[number, number]>([0, 0]);
  const onRangeChange = useCallback(
    (first: number, last: number) =>
      setRange((prev) => (prev[0] === first && prev[1] === last ? prev : [first, last])),
    [],
  );
  const firstPage = Math.floor(range[0] / WAITING_PAGE_SIZE);
  const lastPage = Math.floor(Math.max(range[1], range[0]) / WAITING_PAGE_SIZE);
  const later: number[] = [];
  for (let i = Math.max(1, firstPage); i <= lastPage; i += 1) later.push(i);

  // The first page through useQuery, whose observer keeps the last rows on screen while a new
  // filter's arrive (useQueries starts a new observer for a new key, with nothing to show).
  const head = useQuery(referralQueries.page(filters, text, searchId, 0));
  const rest = useQueries({
    queries: later.map((i) => referralQueries.page(filters, text, searchId, i)),
  });
  const pages = [head, ...rest];
  const indices = [0, ...later];

  // Rows by position, from the pages that have arrived (a page kept on screen from the last
  // filters while the new one loads is the head's, at offset 0).
  const key = `${JSON.stringify(filters)}|${searchId}|${pages
    .map((p, n) => `${indices[n]}:${p.dataUpdatedAt}:${p.isPlaceholderData}:${p.data?.offset}`)
    .join(',')}`;
  const rowAt = useMemo(() => {
    const loaded = new Map<number, WaitingListItem[]>();
    pages.forEach((p, n) => {
      const index = indices[n] ?? 0;
      if (p.data && p.data.offset === index * WAITING_PAGE_SIZE) loaded.set(index, p.data.items);
    });
    return (index: number) =>
      loaded.get(Math.floor(index / WAITING_PAGE_SIZE))?.[index % WAITING_PAGE_SIZE];
    // `key` names the pages and when each arrived: a new function only when they change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  const failed = rest.find((p) => p.isError);
  return { head, rowAt, onRangeChange, failed };
}
