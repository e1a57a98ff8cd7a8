import { Box, Table, VisuallyHidden } from '@mantine/core';
import type { RowData } from '@tanstack/react-table';
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import { useSortedTable, type DataTableProps } from './data-table';
import { SortHeader } from './sort-header';
import { VirtualRow } from './virtual-row';
import classes from './virtual-table.module.css';

const FIRST_SCREEN = 720;

interface VirtualTableProps<T extends RowData> extends DataTableProps<T> {
  /** CSS widths by column id: a fixed layout keeps columns still while rows scroll in and out. */
  widths: Record<string, string>;
  /** Filters after sorting, by the row's index in `data`: typing in a search box then costs one
   * pass over the rows, not a re-sort of thousands (keep it stable with useCallback). */
  isVisible?: (row: T, index: number) => boolean;
  rowHeight?: number;
}

/** The data table for lists that can reach thousands of rows (CONVENTIONS.md: virtualize past
 * 200): the same TanStack Table v9 sorting, but only the rows in view are in the DOM. Screen
 * readers still hear the full size through aria-rowcount and each row's aria-rowindex. */
export function VirtualTable<T extends RowData>(props: VirtualTableProps<T>) {
  const {
    caption,
    data,
    columns,
    getRowId,
    sorting,
    onSortingChange,
    widths,
    isVisible,
    rowHeight = 56,
    empty,
  } = props;
  const table = useSortedTable({ data, columns, getRowId, sorting, onSortingChange });
  const sorted = table.getRowModel().rows;
  const rows = useMemo(
    () => (isVisible ? sorted.filter((r) => isVisible(r.original, r.index)) : sorted),
    [sorted, isVisible],
  );
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design; this component is not memoised.
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 4,
    // A box with no layout yet (still hidden, or a DOM without layout) gets a first screenful, not an empty table.
    observeElementRect: (instance, cb) =>
      observeElementRect(instance, (rect) =>
        cb(rect.height > 0 ? rect : { width: rect.width, height: FIRST_SCREEN }),
      ),
  });
  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  const colCount = columns.length;

  return (
    // A focusable, labelled scroll region so keyboard users can scroll it too (WCAG 2.1.1).
    <Box
      ref={scrollRef}
      tabIndex={0}
      role="region"
      aria-label={`${caption}, scrollable`}
      h="min(70vh, 720px)"
      style={{ overflow: 'auto' }}
    >
      <Table stickyHeader layout="fixed" miw={760} aria-rowcount={rows.length + 1}>
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
          {rows.length === 0 && (
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
