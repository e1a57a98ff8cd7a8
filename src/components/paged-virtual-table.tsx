import { Box, Table, VisuallyHidden } from '@mantine/core';
import type { RowData } from '@tanstack/react-table';
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef } from 'react';
import { useSortedTable, type DataTableProps } from './data-table';
import { SortHeader } from './sort-header';
import { VirtualRow } from './virtual-row';
import classes from './virtual-table.module.css';

const FIRST_SCREEN = 720;

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
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design; this component is not memoised.
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 4,
    observeElementRect: (instance, cb) =>
      observeElementRect(instance, (rect) =>
        cb(rect.height > 0 ? rect : { width: rect.width, height: FIRST_SCREEN }),
      ),
  });
  const items = virtualizer.getVirtualItems();
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
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  const colCount = columns.length;

  return (
    <Box
      ref={scrollRef}
      tabIndex={0}
      role="region"
      aria-label={`${caption}, scrollable`}
      h="min(70vh, 720px)"
      style={{ overflow: 'auto' }}
    >
      <Table stickyHeader layout="fixed" miw={760} aria-rowcount={total + 1}>
        <caption>
          <VisuallyHidden>{caption}</VisuallyHidden>
        </caption>
        <Table.Thead>
          {table.getHeaderGroups().map((group) => (
            <Table.Tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => (
                <SortHeader key={header.id} header={header} width={widths[header.column.id]}>
                  <table.FlexRender header={header} />
                </SortHeader>
              ))}
            </Table.Tr>
          ))}
        </Table.Thead>
        <Table.Tbody>
          {total === 0 && (
            <Table.Tr>
              <Table.Td colSpan={colCount}>{empty ?? 'Nothing to show.'}</Table.Td>
            </Table.Tr>
          )}
          {top > 0 && (
            <tr aria-hidden="true">
              <td colSpan={colCount} className={classes.spacer} style={{ height: top }} />
            </tr>
          )}
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
          {bottom > 0 && (
            <tr aria-hidden="true">
              <td colSpan={colCount} className={classes.spacer} style={{ height: bottom }} />
            </tr>
          )}
        </Table.Tbody>
      </Table>
    </Box>
  );
}
