import type { Cell, Row, RowData } from '@tanstack/react-table';
import { memo, type ComponentType } from 'react';
import classes from './virtual-table.module.css';

interface VirtualRowProps<T extends RowData> {
  row: Row<never, T>;
  /** 1-based position among all rows (the header is 1), for aria-rowindex. */
  rowIndex: number;
  height: number;
  Render: ComponentType<{ cell: Cell<never, T, unknown> }>;
}

function VirtualRowInner<T extends RowData>({ row, rowIndex, height, Render }: VirtualRowProps<T>) {
  return (
    <tr
      className={classes.row}
      aria-rowindex={rowIndex}
      data-odd={rowIndex % 2 === 1 || undefined}
      style={{ height }}
    >
      {row.getAllCells().map((cell) => (
        <td key={cell.id} className={classes.cell}>
          <Render cell={cell} />
        </td>
      ))}
    </tr>
  );
}

/** Memoised: while filtering, a row that stays in view at the same place is not rendered again
 * (TanStack Table keeps row objects stable while the data and sorting stay the same). */
export const VirtualRow = memo(VirtualRowInner) as typeof VirtualRowInner;
