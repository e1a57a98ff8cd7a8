import { Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import type { FlagView } from '../../../api/schemas/flags';
import { AnchorLink } from '../../../components/anchor-link';
import { columnHelperFor, DataTable } from '../../../components/data-table';
import { ToneBadge } from '../../../components/tone-badge';
import { daysBetween, todayIso } from '../../../domain/dates';
import { formatDate } from '../../../lib/format';
import { flagSearchFromSorting, flagSorting, type FlagSearch } from '../flag-search';

const col = columnHelperFor<FlagView>();

function openDays(flag: FlagView) {
  return daysBetween(flag.openedOn, todayIso());
}

function buildColumns(onAct: (flag: FlagView) => void, canAct: boolean) {
  return col.columns([
    col.accessor('name', {
      header: 'Name',
      cell: (i) => (
        <Text fw={600} size="sm">
          {i.getValue()}
        </Text>
      ),
    }),
    col.accessor('cohortName', {
      id: 'cohort',
      header: 'Cohort',
      cell: (i) => (
        <AnchorLink to="/cohorts/$cohortId" params={{ cohortId: i.row.original.cohortId }}>
          {i.getValue()}
        </AnchorLink>
      ),
    }),
    col.accessor('absences', {
      header: 'Absences',
      cell: (i) => (
        <Stack gap={0}>
          <Text size="sm" fw={700}>
            {i.getValue()}
          </Text>
          {i.row.original.missed.map((m) => (
            <Text key={m.sessionNumber} size="xs">
              Session {m.sessionNumber}, {formatDate(m.date)}: code {m.code}
            </Text>
          ))}
        </Stack>
      ),
    }),
    col.accessor((f) => f.lastAttended ?? '', {
      id: 'lastAttended',
      header: 'Last attended',
      cell: (i) => (i.getValue() ? formatDate(i.getValue()) : 'Not yet'),
    }),
    col.accessor((f) => (f.status === 'breached' ? 2 : 1), {
      id: 'status',
      header: 'Status',
      cell: ({ row }) => (
        <Stack gap={2} align="flex-start">
          {row.original.status === 'breached' ? (
            <ToneBadge tone="danger">Breached</ToneBadge>
          ) : (
            <ToneBadge tone="warning">At risk</ToneBadge>
          )}
          {row.original.review && (
            <Text size="xs">Reviewed: kept ({row.original.review.reason})</Text>
          )}
          {row.original.contacts.length > 0 && (
            <Text size="xs">Contacted {formatDate(row.original.contacts.at(-1)!.date)}</Text>
          )}
        </Stack>
      ),
    }),
    col.accessor(openDays, {
      id: 'openFor',
      header: 'Open for',
      cell: (i) => `${i.getValue()} days`,
    }),
    col.display({
      id: 'act',
      header: 'Action',
      cell: ({ row }) =>
        canAct && (
          <Button
            size="compact-sm"
            variant="default"
            onClick={() => onAct(row.original)}
            aria-label={`Act on the flag for ${row.original.name}`}
          >
            {row.original.status === 'breached' && !row.original.review
              ? 'Act on breach'
              : 'Record contact'}
          </Button>
        ),
    }),
  ]);
}

interface FlagsTableProps {
  flags: FlagView[];
  search: FlagSearch;
  onSearchChange: (next: Partial<FlagSearch>) => void;
  onAct: (flag: FlagView) => void;
  canAct: boolean;
}

export function FlagsTable({ flags, search, onSearchChange, onAct, canAct }: FlagsTableProps) {
  const columns = useMemo(() => buildColumns(onAct, canAct), [onAct, canAct]);
  const cohorts = useMemo(
    () => [...new Map(flags.map((f) => [f.cohortId, f.cohortName])).entries()],
    [flags],
  );
  const visible = flags.filter(
    (f) =>
      (!search.status || search.status === 'all' || f.status === search.status) &&
      (!search.cohort || f.cohortId === search.cohort),
  );
  return (
    <>
      <Group align="flex-end" mb="sm">
        <NativeSelect
          label="Status"
          value={search.status ?? 'all'}
          w={180}
          data={[
            { value: 'all', label: 'At risk and breached' },
            { value: 'breached', label: 'Breached' },
            { value: 'at_risk', label: 'At risk' },
          ]}
          onChange={(e) => {
            const v = e.currentTarget.value as NonNullable<FlagSearch['status']>;
            onSearchChange({ status: v === 'all' ? undefined : v });
          }}
        />
        <NativeSelect
          label="Cohort"
          value={search.cohort ?? ''}
          w={260}
          data={[
            { value: '', label: 'All cohorts' },
            ...cohorts.map(([value, label]) => ({ value, label })),
          ]}
          onChange={(e) => onSearchChange({ cohort: e.currentTarget.value || undefined })}
        />
        <Text size="sm" aria-live="polite">
          {visible.length} of {flags.length} flags
        </Text>
      </Group>
      <DataTable
        caption="Absence flags"
        data={visible}
        columns={columns}
        getRowId={(f) => f.enrolmentId}
        sorting={flagSorting(search)}
        onSortingChange={(s) => onSearchChange(flagSearchFromSorting(s))}
        empty="No one is at risk or in breach. Good news."
      />
    </>
  );
}
