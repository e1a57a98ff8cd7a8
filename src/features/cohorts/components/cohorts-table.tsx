import { Group, NativeSelect, Text, TextInput } from '@mantine/core';
import { AnchorLink } from '../../../components/anchor-link';
import { useMemo } from 'react';
import type { CohortSummary } from '../../../api/schemas/cohorts';
import { columnHelperFor, DataTable } from '../../../components/data-table';
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
  col.accessor((c) => (c.type === 'course' ? 'Eight-week course' : 'Workshop'), { id: 'type', header: 'Type' }),
  col.accessor('status', { header: 'Status', cell: (info) => <CohortStatusBadge status={info.getValue()} /> }),
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
    cell: ({ row }) => <Places filled={row.original.filled} capacity={row.original.capacity} status={row.original.status} />,
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

export function filterCohorts(cohorts: CohortSummary[], search: CohortSearch): CohortSummary[] {
  const q = search.q?.trim().toLowerCase() ?? '';
  return cohorts.filter((c) => {
    if (search.status && search.status !== 'all' && c.status !== search.status) return false;
    if (!q) return true;
    return [c.name, ...c.facilitators.map((f) => f.name)].some((s) => s.toLowerCase().includes(q));
  });
}

interface CohortsTableProps {
  cohorts: CohortSummary[];
  search: CohortSearch;
  onSearchChange: (next: Partial<CohortSearch>) => void;
}

export function CohortsTable({ cohorts, search, onSearchChange }: CohortsTableProps) {
  const visible = useMemo(() => filterCohorts(cohorts, search), [cohorts, search]);
  const sorting = useMemo(() => sortingFromSearch(search), [search]);

  return (
    <>
      <Group align="flex-end" mb="sm" wrap="wrap">
        <TextInput
          label="Search cohorts"
          description="Name or facilitator"
          value={search.q ?? ''}
          onChange={(e) => onSearchChange({ q: e.currentTarget.value || undefined })}
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
          {visible.length} of {cohorts.length} cohorts
        </Text>
      </Group>
      <DataTable
        caption="Cohorts"
        data={visible}
        columns={columns}
        getRowId={(c) => c.id}
        sorting={sorting}
        onSortingChange={(s) => onSearchChange(searchFromSorting(s))}
        empty="No cohorts match these filters."
      />
    </>
  );
}
