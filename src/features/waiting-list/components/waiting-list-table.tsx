import { memo, useCallback, useMemo } from 'react';
import { columnHelperFor } from '../../../components/data-table';
import { VirtualTable } from '../../../components/virtual-table';
import { nameKeyOf, type WaitingRow } from '../filter-waiting-list';
import {
  searchFromSorting,
  sortingFromSearch,
  type WaitingListSearch,
} from '../waiting-list-search';
import { AvailabilityCell, NameCell, StatusCell, Tag, WaitCell } from './waiting-list-cells';

const col = columnHelperFor<WaitingRow>();
const STATUS_ORDER = { waiting: 0, offered: 1, enrolled: 2, removed: 3 } as const;

const columns = col.columns([
  col.accessor(nameKeyOf, {
    id: 'name',
    header: 'Name',
    sortFn: 'basic',
    cell: ({ row }) => <NameCell item={row.original.item} />,
  }),
  // Sorted by days, shown in weeks: two people referred in the same week still sort by date.
  col.accessor('waitDays', {
    id: 'wait',
    header: 'Waiting',
    sortFn: 'basic',
    cell: ({ row }) => (
      <WaitCell days={row.original.waitDays} referralDate={row.original.item.referralDate} />
    ),
  }),
  col.accessor((r) => (r.item.urgent ? 1 : 0), {
    id: 'urgency',
    header: 'Urgency',
    sortFn: 'basic',
    cell: ({ row }) => (row.original.item.urgent ? <Tag tone="danger">Urgent</Tag> : 'Routine'),
  }),
  col.display({
    id: 'availability',
    header: 'Availability',
    cell: ({ row }) => <AvailabilityCell value={row.original.item.availability} />,
  }),
  col.accessor((r) => STATUS_ORDER[r.item.status], {
    id: 'status',
    header: 'Status',
    sortFn: 'basic',
    cell: ({ row }) => <StatusCell status={row.original.item.status} />,
  }),
]);

const WIDTHS = { name: '30%', wait: '18%', urgency: '12%', availability: '22%', status: '18%' };

interface WaitingListTableProps {
  rows: WaitingRow[];
  /** 1 for each row (by index) the filters let through; sorting stays on the full list. */
  mask: Uint8Array;
  search: WaitingListSearch;
  onSearchChange: (next: Partial<WaitingListSearch>) => void;
}

/** Memoised: a keystroke re-renders the search box straight away and this only once the filtered rows are ready. */
export const WaitingListTable = memo(function WaitingListTable({
  rows,
  mask,
  search,
  onSearchChange,
}: WaitingListTableProps) {
  const sorting = useMemo(
    () => sortingFromSearch({ sort: search.sort, desc: search.desc }),
    [search.sort, search.desc],
  );
  const isVisible = useCallback((_row: WaitingRow, index: number) => mask[index] === 1, [mask]);
  return (
    <VirtualTable
      caption="Waiting list"
      data={rows}
      isVisible={isVisible}
      columns={columns}
      getRowId={(r) => r.item.id}
      sorting={sorting}
      onSortingChange={(s) => onSearchChange(searchFromSorting(s))}
      widths={WIDTHS}
      empty="No one on the waiting list matches these filters."
    />
  );
});
