import { Group, NativeSelect, Text, TextInput } from '@mantine/core';
import { AnchorLink } from '../../../components/anchor-link';
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { CohortSummary } from '../../../api/schemas/cohorts';
import { columnHelperFor } from '../../../components/data-table';
import { VirtualTable } from '../../../components/virtual-table';
import { formatDate, weekdayName } from '../../../lib/format';
import { searchFromSorting, sortingFromSearch, type CohortSearch } from '../cohort-search';
import { CohortStatusBadge, Places } from './cohort-badges';

const col = columnHelperFor<CohortSummary>();

const columns = col.columns([
  col.accessor('name', {
    header: 'Name',
    sortFn: 'alphanumeric',
    cell: (info) => (
      <AnchorLink to="/cohorts/$cohortId" params={{ cohortId: info.row.original.id }} fw={600}>
        {info.getValue()}
      </AnchorLink>
    ),
  }),
  col.accessor((c) => (c.type === 'course' ? 'Eight-week course' : 'Workshop'), {
    id: 'type',
    header: 'Type',
  }),
  col.accessor('status', {
    header: 'Status',
    cell: (info) => <CohortStatusBadge status={info.getValue()} />,
  }),
  col.accessor('startDate', { header: 'Start date', cell: (info) => formatDate(info.getValue()) }),
  col.display({
    id: 'when',
    header: 'Day and time',
    cell: ({ row }) => `${weekdayName(row.original.startDate)} ${row.original.startTime}`,
  }),
  col.display({
    id: 'facilitators',
    header: 'Facilitators',
    cell: ({ row }) => row.original.facilitators.map((f) => f.name).join(', '),
  }),
  col.accessor((c) => c.filled / c.capacity, {
    id: 'places',
    header: 'Places',
    cell: ({ row }) => (
      <Places
        filled={row.original.filled}
        capacity={row.original.capacity}
        status={row.original.status}
      />
    ),
  }),
  col.accessor((c) => c.nextSession?.date ?? '', {
    id: 'nextSession',
    header: 'Next session',
    cell: ({ row }) => {
      const next = row.original.nextSession;
      return next ? `${next.number}: ${formatDate(next.date)}` : '—';
    },
  }),
]);

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

const WIDTHS = {
  name: '22%',
  type: '11%',
  status: '10%',
  startDate: '11%',
  when: '11%',
  facilitators: '15%',
  places: '11%',
  nextSession: '9%',
};

interface CohortsTableProps {
  cohorts: CohortSummary[];
  search: CohortSearch;
  onSearchChange: (next: Partial<CohortSearch>) => void;
}

export function CohortsTable({ cohorts, search, onSearchChange }: CohortsTableProps) {
  // Typing filters at once (deferred, so keystrokes stay responsive); the URL follows shortly after.
  const [text, setText] = useState(search.q ?? '');
  const deferredText = useDeferredValue(text);
  useEffect(() => {
    if ((search.q ?? '') === text) return;
    const timer = window.setTimeout(() => onSearchChange({ q: text || undefined }), 300);
    return () => window.clearTimeout(timer);
  }, [text, search.q, onSearchChange]);
  const isVisible = useCallback(
    (c: CohortSummary) => matchesCohort(c, search.status, deferredText),
    [search.status, deferredText],
  );
  const count = useMemo(() => cohorts.filter((c) => isVisible(c)).length, [cohorts, isVisible]);
  const sorting = useMemo(() => sortingFromSearch(search), [search]);

  return (
    <>
      <Group align="flex-end" mb="sm" wrap="wrap">
        <TextInput
          label="Search cohorts"
          description="Name or facilitator"
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          w={280}
        />
        <NativeSelect
          label="Status"
          data={[
            { value: 'all', label: 'All statuses' },
            { value: 'planned', label: 'Planned' },
            { value: 'running', label: 'Running' },
            { value: 'completed', label: 'Completed' },
            { value: 'cancelled', label: 'Cancelled' },
          ]}
          value={search.status ?? 'all'}
          onChange={(e) => {
            const value = e.currentTarget.value as NonNullable<CohortSearch['status']>;
            onSearchChange({ status: value === 'all' ? undefined : value });
          }}
          w={200}
        />
        <Text size="sm" c="dimmed" aria-live="polite">
          {count} of {cohorts.length} cohorts
        </Text>
      </Group>
      <VirtualTable
        caption="Cohorts"
        data={cohorts}
        isVisible={isVisible}
        widths={WIDTHS}
        rowHeight={60}
        columns={columns}
        getRowId={(c) => c.id}
        sorting={sorting}
        onSortingChange={(s) => onSearchChange(searchFromSorting(s))}
        empty="No cohorts match these filters."
      />
    </>
  );
}
