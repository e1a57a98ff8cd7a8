import { Group, Text, TextInput } from '@mantine/core';
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { CohortSummary } from '../../../api/schemas/cohorts';
import { FilterSelect } from '../../../components/filter-select';
import { VirtualTable } from '../../../components/virtual-table';
import {
  matchesCohort,
  searchFromSorting,
  sortingFromSearch,
  type CohortSearch,
} from '../cohort-search';
import { COHORT_COLUMN_WIDTHS, cohortColumns } from './cohort-columns';

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
        <FilterSelect
          label="Status"
          data={[
            { value: 'all', label: 'All statuses' },
            { value: 'planned', label: 'Planned' },
            { value: 'running', label: 'Running' },
            { value: 'completed', label: 'Completed' },
            { value: 'cancelled', label: 'Cancelled' },
          ]}
          anyValue="all"
          value={search.status}
          onChange={(status) => onSearchChange({ status })}
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
        widths={COHORT_COLUMN_WIDTHS}
        rowHeight={60}
        columns={cohortColumns}
        getRowId={(c) => c.id}
        sorting={sorting}
        onSortingChange={(s) => onSearchChange(searchFromSorting(s))}
        empty="No cohorts match these filters."
      />
    </>
  );
}
