import { Group, Text, TextInput } from '@mantine/core';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { WaitingListItem } from '../../../api/schemas/referrals';
import { FilterSelect } from '../../../components/filter-select';
import { formatNumber } from '../../../lib/format';
import { createRowFilter, searchTextOf, toWaitingRows } from '../filter-waiting-list';
import type { WaitingListSearch } from '../waiting-list-search';
import { WaitingListTable } from './waiting-list-table';

interface WaitingListViewProps {
  items: WaitingListItem[];
  today: string;
  search: WaitingListSearch;
  onSearchChange: (next: Partial<WaitingListSearch>) => void;
}

export function WaitingListView({ items, today, search, onSearchChange }: WaitingListViewProps) {
  // Component state, not the URL: a typed name or NHS number must never reach the address bar.
  const [query, setQuery] = useState('');
  // The box shows each letter at once; the list follows in a render React can interrupt, so a
  // keystroke never waits for thousands of rows to be filtered and the table redrawn.
  const listQuery = useDeferredValue(query);
  const rows = useMemo(() => toWaitingRows(items, today), [items, today]);
  // Search keys are made once the first rows are on screen, when the browser is idle, so
  // neither the first paint nor the first keystroke waits for 10,000 of them.
  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') return;
    const id = requestIdleCallback(() => rows.forEach(searchTextOf));
    return () => cancelIdleCallback(id);
  }, [rows]);
  const [filterRows] = useState(createRowFilter);
  const visible = useMemo(
    () => filterRows(rows, { status: search.status, urgency: search.urgency }, listQuery),
    [filterRows, rows, search.status, search.urgency, listQuery],
  );

  return (
    <>
      <Group align="flex-end" mb="sm" wrap="wrap">
        <TextInput
          label="Search the waiting list"
          description="Name or NHS number (not kept in the address)"
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          w={300}
          autoComplete="off"
        />
        <FilterSelect
          label="Status"
          data={[
            { value: 'open', label: 'On the list (waiting or offered)' },
            { value: 'waiting', label: 'Waiting' },
            { value: 'offered', label: 'Offered a place' },
            { value: 'enrolled', label: 'Enrolled' },
            { value: 'all', label: 'Everyone referred' },
          ]}
          anyValue="open"
          value={search.status}
          onChange={(status) => onSearchChange({ status })}
          w={260}
        />
        <FilterSelect
          label="Urgency"
          data={[
            { value: 'all', label: 'Urgent and routine' },
            { value: 'urgent', label: 'Urgent only' },
            { value: 'routine', label: 'Routine only' },
          ]}
          anyValue="all"
          value={search.urgency}
          onChange={(urgency) => onSearchChange({ urgency })}
          w={200}
        />
        <Text size="sm" aria-live="polite">
          {formatNumber(visible.count)} of {formatNumber(items.length)} people
        </Text>
      </Group>
      <WaitingListTable
        rows={rows}
        mask={visible.mask}
        search={search}
        onSearchChange={onSearchChange}
      />
    </>
  );
}
