import { Table, UnstyledButton, Group, Text, VisuallyHidden } from '@mantine/core';
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

export const dataTableFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic, text: sortFn_text, datetime: sortFn_datetime },
});
export type DataTableFeatures = typeof dataTableFeatures;
export type DataTableColumn<T extends RowData> = ColumnDef<DataTableFeatures, T>;

export function columnHelperFor<T extends RowData>() {
  return createColumnHelper<DataTableFeatures, T>();
}

interface DataTableProps<T extends RowData> {
  caption: string;
  data: T[];
  columns: DataTableColumn<T>[];
  getRowId: (row: T) => string;
  /** Controlled so a page can keep it in the URL. */
  sorting: SortingState;
  onSortingChange: (sorting: SortingState) => void;
  empty?: ReactNode;
}

/** The one table of the app: TanStack Table v9 state, Mantine markup, sortable headers
 * announced through aria-sort. Filtering happens before the data reaches it. */
export function DataTable<T extends RowData>({ caption, data, columns, getRowId, sorting, onSortingChange, empty }: DataTableProps<T>) {
  const table = useTable({
    features: dataTableFeatures,
    columns,
    data,
    getRowId: (row) => getRowId(row),
    state: { sorting },
    onSortingChange: (updater: Updater<SortingState>) =>
      onSortingChange(typeof updater === 'function' ? updater(sorting) : updater),
  });
  const rows = table.getRowModel().rows;

  return (
    // A plain scrolling box: Mantine's ScrollContainer would pull ScrollArea into every table page.
    <div style={{ overflowX: 'auto' }}>
      <Table striped highlightOnHover verticalSpacing="xs" miw={720}>
        <caption>
          <VisuallyHidden>{caption}</VisuallyHidden>
        </caption>
        <Table.Thead>
          {table.getHeaderGroups().map((group) => (
            <Table.Tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const ariaSort = sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined;
                return (
                  <Table.Th key={header.id} aria-sort={ariaSort} scope="col">
                    {header.column.getCanSort() ? (
                      <UnstyledButton onClick={header.column.getToggleSortingHandler()} style={{ minHeight: 24 }}>
                        <Group gap={4} wrap="nowrap">
                          <Text fw={700} size="sm" component="span">
                            <table.FlexRender header={header} />
                          </Text>
                          <span aria-hidden="true">{sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}</span>
                        </Group>
                      </UnstyledButton>
                    ) : (
                      <table.FlexRender header={header} />
                    )}
                  </Table.Th>
                );
              })}
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
    </div>
  );
}
