import { Group, Text } from '@mantine/core';
import { useMemo } from 'react';
import type { FlagView } from '../../../api/schemas/flags';
import { DataTable } from '../../../components/data-table';
import { FilterSelect } from '../../../components/filter-select';
import { flagSearchFromSorting, flagSorting, matchesFlag, type FlagSearch } from '../flag-search';
import { flagColumns } from './flag-columns';

interface FlagsTableProps {
  flags: FlagView[];
  search: FlagSearch;
  onSearchChange: (next: Partial<FlagSearch>) => void;
  onAct: (flag: FlagView) => void;
  canAct: boolean;
}

export function FlagsTable({ flags, search, onSearchChange, onAct, canAct }: FlagsTableProps) {
  const columns = useMemo(() => flagColumns(onAct, canAct), [onAct, canAct]);
  const cohorts = useMemo(
    () => [...new Map(flags.map((f) => [f.cohortId, f.cohortName])).entries()],
    [flags],
  );
  const visible = flags.filter((f) => matchesFlag(f, search));
  return (
    <>
      <Group align="flex-end" mb="sm">
        <FilterSelect
          label="Status"
          anyValue="all"
          value={search.status}
          w={180}
          data={[
            { value: 'all', label: 'At risk and breached' },
            { value: 'breached', label: 'Breached' },
            { value: 'at_risk', label: 'At risk' },
          ]}
          onChange={(status) => onSearchChange({ status })}
        />
        <FilterSelect
          label="Cohort"
          anyValue=""
          value={search.cohort}
          w={260}
          data={[
            { value: '', label: 'All cohorts' },
            ...cohorts.map(([value, label]) => ({ value, label })),
          ]}
          onChange={(cohort) => onSearchChange({ cohort })}
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
