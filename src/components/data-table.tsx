import { Table, VisuallyHidden } from '@mantine/core';
import {
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  sortFn_datetime,
  sortFn_text,
  tableFeatures,
  useTable,
  type ColumnDef,
  type RowData,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import type { ReactNode } from 'react';
import { SortHeader } from './sort-header';
import { TableScroll } from './table-scroll';

export const dataTableFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: {
    alphanumeric: sortFn_alphanumeric,
    basic: sortFn_basic,
    text: sortFn_text,
    datetime: sortFn_datetime,
  },
});
export type DataTableFeatures = typeof dataTableFeatures;
export type DataTableColumn<T extends RowData> = ColumnDef<DataTableFeatures, T>;

export function columnHelperFor<T extends RowData>() {
  return createColumnHelper<DataTableFeatures, T>();
}

export interface DataTableProps<T extends RowData> {
  caption: string;
  data: T[];
  columns: DataTableColumn<T>[];
  getRowId: (row: T) => string;
  /** Controlled so a page can keep it in the URL. */
  sorting: SortingState;
  onSortingChange: (sorting: SortingState) => void;
  empty?: ReactNode;
}

/** Both tables' TanStack Table v9 instance: sorting is controlled so pages keep it in the URL. */
export function useSortedTable<T extends RowData>({
  data,
  columns,
  getRowId,
  sorting,
  onSortingChange,
  manualSorting = false,
}: Pick<DataTableProps<T>, 'data' | 'columns' | 'getRowId' | 'sorting' | 'onSortingChange'> & {
  /** The rows come sorted (by the server); a header click only changes `sorting`. */
  manualSorting?: boolean;
}) {
  return useTable({
    features: dataTableFeatures,
    columns,
    data,
    manualSorting,
    getRowId: (row) => getRowId(row),
    state: { sorting },
    onSortingChange: (updater: Updater<SortingState>) =>
      onSortingChange(typeof updater === 'function' ? updater(sorting) : updater),
  });
}

/** The one table of the app: TanStack Table v9 state, Mantine markup, sortable headers
 * announced through aria-sort. Filtering happens before the data reaches it. */
export function DataTable<T extends RowData>({
  caption,
  data,
  columns,
  getRowId,
  sorting,
  onSortingChange,
  empty,
}: DataTableProps<T>) {
  const table = useSortedTable({ data, columns, getRowId, sorting, onSortingChange });
  const rows = table.getRowModel().rows;

  return (
    <TableScroll>
      <Table striped highlightOnHover verticalSpacing="xs" miw={720}>
        <caption>
          <VisuallyHidden>{caption}</VisuallyHidden>
        </caption>
        <Table.Thead>
          {table.getHeaderGroups().map((group) => (
            <Table.Tr key={group.id}>
              {group.headers.map((header) => (
                <SortHeader key={header.id} header={header}>
                  <table.FlexRender header={header} />
                </SortHeader>
              ))}
            </Table.Tr>
          ))}
        </Table.Thead>
        <Table.Tbody>
          {rows.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={columns.length}>{empty ?? 'Nothing to show.'}</Table.Td>
            </Table.Tr>
          ) : (
            rows.map((row) => (
              <Table.Tr key={row.id}>
                {row.getAllCells().map((cell) => (
                  <Table.Td key={cell.id}>
                    <table.FlexRender cell={cell} />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))
          )}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
