import { Group, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { ErrorPanel, QueryState } from '../../../components/query-state';
import { FilterSelect } from '../../../components/filter-select';
import { formatNumber } from '../../../lib/format';
import { filtersFromSearch } from '../api/referral-queries';
import { useWaitingListPages } from '../api/use-waiting-list-pages';
import type { WaitingListSearch } from '../waiting-list-search';
import { WaitingListTable } from './waiting-list-table';
import { pluralWord } from '../../../domain/plural';

interface WaitingListViewProps {
  search: WaitingListSearch;
  onSearchChange: (next: Partial<WaitingListSearch>) => void;
}

/** The waiting list: filters in the URL, the search text in this component only, and the rows
 * a page at a time from the server, in its order. */
export function WaitingListView({ search, onSearchChange }: WaitingListViewProps) {
  // Component state, not the URL: a typed name or NHS number must never reach the address bar.
  const [query, setQuery] = useState('');
  // One request when typing pauses, not one per letter.
  const [text] = useDebouncedValue(query.trim(), 250);
  const filters = filtersFromSearch(search);
  const { head, rowAt, onRangeChange, failed } = useWaitingListPages(filters, text);

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
            { value: 'closed', label: 'Closed' },
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
        {head.data && (
          <Text size="sm" aria-live="polite">
            {formatNumber(head.data.total)}{' '}
            {pluralWord(head.data.total, 'person matches', 'people match')} (
            {formatNumber(head.data.onList)} on the list)
          </Text>
        )}
      </Group>
      {failed && (
        <ErrorPanel
          title="Some rows could not load"
          error={failed.error}
          onRetry={() => void failed.refetch()}
        />
      )}
      <QueryState query={head} label="the waiting list">
        {(first) => (
          <WaitingListTable
            total={first.total}
            today={first.today}
            rowAt={rowAt}
            onRangeChange={onRangeChange}
            search={search}
            onSearchChange={onSearchChange}
          />
        )}
      </QueryState>
    </>
  );
}
