import { Box, Table, VisuallyHidden } from '@mantine/core';
import type { RowData } from '@tanstack/react-table';
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type ReactNode, type RefObject } from 'react';
import type { useSortedTable } from './data-table';
import { SortHeader } from './sort-header';
import classes from './virtual-table.module.css';

// What the two virtual tables share (./virtual-table.tsx sorts in the browser,
// ./paged-virtual-table.tsx shows the server's pages): the virtualizer over a scroll box, and
// the frame around the rows in view (a labelled, focusable scroll region; the caption; the
// sortable header; the empty message; the spacers standing for the rows out of view).

const FIRST_SCREEN = 720;

/** A virtualizer over `count` rows of `rowHeight` in a scroll box (`scrollRef`): the rows in
 * view, and the heights above and below them. */
export function useRowVirtualizer(count: number, rowHeight: number) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design; its callers are not memoised.
  const virtualizer = useVirtualizer({
    count,
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
  return { scrollRef, items, top, bottom };
}

interface VirtualTableFrameProps<T extends RowData> {
  caption: string;
  table: ReturnType<typeof useSortedTable<T>>;
  /** CSS widths by column id: a fixed layout keeps columns still while rows scroll in and out. */
  widths: Record<string, string>;
  /** How many rows there are in all (aria-rowcount counts the header row too). */
  rowCount: number;
  colCount: number;
  empty?: ReactNode;
  scrollRef: RefObject<HTMLDivElement | null>;
  top: number;
  bottom: number;
  /** The rows in view. */
  children: ReactNode;
}

/** The scroll region, caption, header and spacers around the rows in view. Screen readers hear
 * the full size through aria-rowcount (each row carries its aria-rowindex). */
export function VirtualTableFrame<T extends RowData>({
  caption,
  table,
  widths,
  rowCount,
  colCount,
  empty,
  scrollRef,
  top,
  bottom,
  children,
}: VirtualTableFrameProps<T>) {
  return (
    // A focusable, labelled scroll region so keyboard users can scroll it too (WCAG 2.1.1).
    <Box
      ref={scrollRef}
      tabIndex={0}
      role="region"
      aria-label={`${caption}, scrollable`}
      h="min(70vh, 720px)"
      // position: relative keeps the visually hidden caption inside the box (see table-scroll).
      style={{ overflow: 'auto', position: 'relative' }}
    >
      <Table stickyHeader layout="fixed" miw={760} aria-rowcount={rowCount + 1}>
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
          {rowCount === 0 && (
            <Table.Tr>
              <Table.Td colSpan={colCount}>{empty ?? 'Nothing to show.'}</Table.Td>
            </Table.Tr>
          )}
          {top > 0 && (
            <tr aria-hidden="true">
              <td colSpan={colCount} className={classes.spacer} style={{ height: top }} />
            </tr>
          )}
          {children}
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
