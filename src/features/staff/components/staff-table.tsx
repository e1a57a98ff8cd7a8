import { Alert, Group, List, Text } from '@mantine/core';
import { useMemo } from 'react';
import type { StaffAccountView } from '../../../api/schemas/staff-accounts';
import { AnchorLink } from '../../../components/anchor-link';
import { DataTable } from '../../../components/data-table';
import { FilterSelect } from '../../../components/filter-select';
import { TONE_TEXT } from '../../../components/tones';
import {
  matchesStatus,
  searchFromSorting,
  sortingFromSearch,
  type StaffSearch,
} from '../staff-search';
import { staffColumns, type StaffAction } from './staff-columns';

interface StaffTableProps {
  accounts: StaffAccountView[];
  search: StaffSearch;
  onSearchChange: (next: Partial<StaffSearch>) => void;
  /** Admins act on accounts; managers only read. */
  onAction?: (action: StaffAction, account: StaffAccountView) => void;
}

export function StaffTable({ accounts, search, onSearchChange, onAction }: StaffTableProps) {
  const columns = useMemo(() => staffColumns(onAction), [onAction]);
  const visible = accounts.filter((a) => matchesStatus(a, search.status));
  return (
    <>
      <ToReassign accounts={accounts} />
      <Group align="flex-end" mb="sm">
        <FilterSelect
          label="Show"
          anyValue="active"
          value={search.status}
          w={200}
          data={[
            { value: 'active', label: 'Active staff' },
            { value: 'deactivated', label: 'Deactivated' },
            { value: 'all', label: 'Everyone' },
          ]}
          onChange={(status) => onSearchChange({ status })}
        />
        <Text size="sm" aria-live="polite">
          {visible.length} of {accounts.length} accounts
        </Text>
      </Group>
      <DataTable
        caption="Staff"
        data={visible}
        columns={columns}
        getRowId={(a) => a.id}
        sorting={sortingFromSearch(search)}
        onSortingChange={(s) => onSearchChange(searchFromSorting(s))}
        empty="No accounts match."
      />
    </>
  );
}

/** Leavers who still facilitate a planned or running cohort: each needs someone else. */
function ToReassign({ accounts }: { accounts: StaffAccountView[] }) {
  const leavers = accounts.filter((a) => !a.active && a.cohorts.length > 0);
  if (leavers.length === 0) return null;
  return (
    <Alert color={TONE_TEXT.warning} title="Cohorts to reassign" mb="md">
      <List size="sm">
        {leavers.flatMap((a) =>
          a.cohorts.map((c) => (
            <List.Item key={`${a.id}-${c.id}`}>
              {a.name} (deactivated) still facilitates{' '}
              <AnchorLink to="/cohorts/$cohortId/edit" params={{ cohortId: c.id }}>
                {c.name}
              </AnchorLink>
            </List.Item>
          )),
        )}
      </List>
    </Alert>
  );
}
