import type { RowData } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useSortedTable, type DataTableProps } from './data-table';
import { VirtualRow } from './virtual-row';
import { useRowVirtualizer, VirtualTableFrame } from './virtual-table-frame';

interface VirtualTableProps<T extends RowData> extends DataTableProps<T> {
  /** CSS widths by column id: a fixed layout keeps columns still while rows scroll in and out. */
  widths: Record<string, string>;
  /** Filters after sorting, by the row's index in `data`: typing in a search box then costs one
   * pass over the rows, not a re-sort of thousands (keep it stable with useCallback). */
  isVisible?: (row: T, index: number) => boolean;
  rowHeight?: number;
}

/** The data table for lists that can reach thousands of rows (docs/conventions.md: virtualize past
 * 200): the same TanStack Table v9 sorting, but only the rows in view are in the DOM. Screen
 * readers still hear the full size through aria-rowcount and each row's aria-rowindex. */
export function VirtualTable<T extends RowData>(props: VirtualTableProps<T>) {
  const { caption, data, columns, getRowId, sorting, onSortingChange, widths, isVisible } = props;
  const { rowHeight = 56, empty } = props;
  const table = useSortedTable({ data, columns, getRowId, sorting, onSortingChange });
  const sorted = table.getRowModel().rows;
  const rows = useMemo(
    () => (isVisible ? sorted.filter((r) => isVisible(r.original, r.index)) : sorted),
    [sorted, isVisible],
  );
  const { scrollRef, items, top, bottom } = useRowVirtualizer(rows.length, rowHeight);

  return (
    <VirtualTableFrame
      caption={caption}
      table={table}
      widths={widths}
      rowCount={rows.length}
      colCount={columns.length}
      empty={empty}
      scrollRef={scrollRef}
      top={top}
      bottom={bottom}
    >
      {items.map((item) => {
        const row = rows[item.index];
        return row ? (
          <VirtualRow
            key={row.id}
            row={row as never}
            rowIndex={item.index + 2}
            height={rowHeight}
            Render={table.FlexRender as never}
          />
        ) : null;
      })}
    </VirtualTableFrame>
  );
}
