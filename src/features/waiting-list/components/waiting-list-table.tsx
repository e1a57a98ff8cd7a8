import { Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import type { WaitingListItem } from '../../../api/schemas/referrals';
import { AnchorLink } from '../../../components/anchor-link';
import { columnHelperFor } from '../../../components/data-table';
import { VirtualTable } from '../../../components/virtual-table';
import { daysBetween } from '../../../domain/dates';
import { formatNhsNumber } from '../../../domain/nhs-number';
import { waitWeeks } from '../../../domain/waiting-list';
import { formatDate } from '../../../lib/format';
import { searchFromSorting, sortingFromSearch, type WaitingListSearch } from '../waiting-list-search';
import { Availability, ReferralStatusBadge, UrgencyBadge } from './referral-badges';

const col = columnHelperFor<WaitingListItem>();
const STATUS_ORDER = { waiting: 0, offered: 1, enrolled: 2, removed: 3 } as const;

function columnsFor(today: string) {
  return col.columns([
    col.accessor((r) => `${r.familyName} ${r.givenName}`, {
      id: 'name', header: 'Name', sortFn: 'alphanumeric',
      cell: ({ row }) => (
        <Stack gap={0}>
          <AnchorLink to="/waiting-list/$referralId" params={{ referralId: row.original.id }} fw={600} size="sm" truncate>
            {row.original.givenName} {row.original.familyName}
          </AnchorLink>
          <Text size="xs" component="span">NHS {formatNhsNumber(row.original.nhsNumber)}</Text>
        </Stack>
      ),
    }),
    // Sorted by days, shown in weeks: two people referred in the same week still sort by date.
    col.accessor((r) => daysBetween(r.referralDate, today), {
      id: 'wait', header: 'Waiting', sortFn: 'basic',
      cell: ({ row }) => {
        const weeks = waitWeeks(row.original.referralDate, today);
        return (
          <Stack gap={0}>
            <Text size="sm" component="span">{weeks} {weeks === 1 ? 'week' : 'weeks'}</Text>
            <Text size="xs" component="span">since {formatDate(row.original.referralDate)}</Text>
          </Stack>
        );
      },
    }),
    col.accessor((r) => (r.urgent ? 1 : 0), { id: 'urgency', header: 'Urgency', sortFn: 'basic', cell: ({ row }) => <UrgencyBadge urgent={row.original.urgent} /> }),
    col.display({ id: 'availability', header: 'Availability', cell: ({ row }) => <Availability value={row.original.availability} /> }),
    col.accessor((r) => STATUS_ORDER[r.status], { id: 'status', header: 'Status', sortFn: 'basic', cell: ({ row }) => <ReferralStatusBadge status={row.original.status} /> }),
  ]);
}

const WIDTHS = { name: '30%', wait: '18%', urgency: '12%', availability: '22%', status: '18%' };

interface WaitingListTableProps {
  items: WaitingListItem[];
  today: string;
  search: WaitingListSearch;
  onSearchChange: (next: Partial<WaitingListSearch>) => void;
}

export function WaitingListTable({ items, today, search, onSearchChange }: WaitingListTableProps) {
  const sorting = useMemo(() => sortingFromSearch({ sort: search.sort, desc: search.desc }), [search.sort, search.desc]);
  const columns = useMemo(() => columnsFor(today), [today]);
  return (
    <VirtualTable
      caption="Waiting list"
      data={items}
      columns={columns}
      getRowId={(r) => r.id}
      sorting={sorting}
      onSortingChange={(s) => onSearchChange(searchFromSorting(s))}
      widths={WIDTHS}
      empty="No one on the waiting list matches these filters."
    />
  );
}
