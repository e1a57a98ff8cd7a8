import type { RowData } from '@tanstack/react-table';
import { useEffect, useMemo } from 'react';
import { useSortedTable, type DataTableProps } from './data-table';
import { VirtualRow } from './virtual-row';
import { useRowVirtualizer, VirtualTableFrame } from './virtual-table-frame';
import classes from './virtual-table.module.css';

interface PagedVirtualTableProps<T extends RowData> extends Omit<DataTableProps<T>, 'data'> {
  /** How many rows there are in all: the server holds them and sends a page at a time. */
  total: number;
  /** The row at a position, when its page has arrived. */
  rowAt: (index: number) => T | undefined;
  /** Which positions are on screen (first, last), so the page can fetch what they need. */
  onRangeChange: (first: number, last: number) => void;
  widths: Record<string, string>;
  rowHeight?: number;
}

/** The virtual table for lists the server sorts and pages (the waiting list at 100,000): the
 * scroll bar is the full size from the first page, only rows in view are in the DOM, and a
 * row whose page has not arrived yet says so until it does. Sorting is the server's: a header
 * click asks for a new order. Screen readers hear the full size through aria-rowcount. */
export function PagedVirtualTable<T extends RowData>(props: PagedVirtualTableProps<T>) {
  const { caption, columns, getRowId, sorting, onSortingChange, widths, empty } = props;
  const { total, rowAt, onRangeChange, rowHeight = 56 } = props;
  const { scrollRef, items, top, bottom } = useRowVirtualizer(total, rowHeight);
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;
  useEffect(() => onRangeChange(first, last), [onRangeChange, first, last]);

  // The table holds only the rows in view: TanStack Table renders their cells and headers.
  const inView = useMemo(
    () =>
      items.flatMap((item) => {
        const row = rowAt(item.index);
        return row === undefined ? [] : [row];
      }),
    [items, rowAt],
  );
  const table = useSortedTable({
    data: inView,
    columns,
    getRowId,
    sorting,
    onSortingChange,
    manualSorting: true,
  });
  const rowsById = new Map(table.getRowModel().rows.map((r) => [r.id, r]));
  const colCount = columns.length;

  return (
    <VirtualTableFrame
      caption={caption}
      table={table}
      widths={widths}
      rowCount={total}
      colCount={colCount}
      empty={empty}
      scrollRef={scrollRef}
      top={top}
      bottom={bottom}
    >
      {items.map((item) => {
        const data = rowAt(item.index);
        const row = data === undefined ? undefined : rowsById.get(getRowId(data));
        return row ? (
          <VirtualRow
            key={row.id}
            row={row as never}
            rowIndex={item.index + 2}
            height={rowHeight}
            Render={table.FlexRender as never}
          />
        ) : (
          <tr
            key={`loading-${item.index}`}
            className={classes.row}
            aria-rowindex={item.index + 2}
            style={{ height: rowHeight }}
          >
            <td colSpan={colCount} className={classes.cell}>
              Loading…
            </td>
          </tr>
        );
      })}
    </VirtualTableFrame>
  );
}
