import type { ReactNode } from 'react';
import classes from './table-scroll.module.css';

/** The box around every plain table: it scrolls sideways on a narrow screen so the page does
 * not. A plain div: Mantine's Table.ScrollContainer would pull ScrollArea into every table page.
 * Its tables hold links or buttons, which the browser scrolls into view as they take focus. */
export function TableScroll({ children }: { children: ReactNode }) {
  return <div className={classes.scroll}>{children}</div>;
}
