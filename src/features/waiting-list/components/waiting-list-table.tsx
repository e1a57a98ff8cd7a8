import { memo, useMemo } from 'react';
import type { WaitingListItem } from '../../../api/schemas/referrals';
import { columnHelperFor } from '../../../components/data-table';
import { PagedVirtualTable } from '../../../components/paged-virtual-table';
import { daysBetween } from '../../../domain/dates';
import {
  searchFromSorting,
  sortingFromSearch,
  type WaitingListSearch,
} from '../waiting-list-search';
import { AvailabilityCell, NameCell, StatusCell, Tag, WaitCell } from './waiting-list-cells';

const col = columnHelperFor<WaitingListItem>();

/** The columns; the server sorts by the same ids (src/domain/waiting-list.ts compareListed). */
function columnsFor(today: string) {
  return col.columns([
    col.accessor('familyName', {
      id: 'name',
      header: 'Name',
      cell: ({ row }) => <NameCell item={row.original} />,
    }),
    col.accessor('referralDate', {
      id: 'wait',
      header: 'Waiting',
      // The first click shows the longest waiting first.
      sortDescFirst: true,
      cell: ({ row }) => (
        <WaitCell
          days={daysBetween(row.original.referralDate, today)}
          referralDate={row.original.referralDate}
        />
      ),
    }),
    col.accessor('urgent', {
      id: 'urgency',
      header: 'Urgency',
      cell: ({ row }) => (row.original.urgent ? <Tag tone="danger">Urgent</Tag> : 'Routine'),
    }),
    col.display({
      id: 'availability',
      header: 'Availability',
      cell: ({ row }) => <AvailabilityCell value={row.original.availability} />,
    }),
    col.accessor('status', {
      id: 'status',
      header: 'Status',
      cell: ({ row }) => <StatusCell status={row.original.status} />,
    }),
  ]);
}

const WIDTHS = { name: '30%', wait: '18%', urgency: '12%', availability: '22%', status: '18%' };

interface WaitingListTableProps {
  total: number;
  today: string;
  rowAt: (index: number) => WaitingListItem | undefined;
  onRangeChange: (first: number, last: number) => void;
  search: WaitingListSearch;
  onSearchChange: (next: Partial<WaitingListSearch>) => void;
}

export const WaitingListTable = memo(function WaitingListTable({
  total,
  today,
  rowAt,
  onRangeChange,
  search,
  onSearchChange,
}: WaitingListTableProps) {
  const columns = useMemo(() => columnsFor(today), [today]);
  const sorting = useMemo(
    () => sortingFromSearch({ sort: search.sort, desc: search.desc }),
    [search.sort, search.desc],
  );
  return (
    <PagedVirtualTable
      caption="Waiting list"
      total={total}
      rowAt={rowAt}
      onRangeChange={onRangeChange}
      columns={columns}
      getRowId={(r) => r.id}
      sorting={sorting}
      onSortingChange={(s) => onSearchChange(searchFromSorting(s))}
      widths={WIDTHS}
      empty="No one on the waiting list matches these filters."
    />
  );
});
