import type { ReactNode } from 'react';
import classes from './table-scroll.module.css';

/** The box around every plain table: it scrolls sideways on a narrow screen so the page does
 * not. A plain div: Mantine's Table.ScrollContainer would pull ScrollArea into every table page.
 * A table of links or buttons is scrolled by the browser as they take focus; a table with
 * nothing to focus (`label` given) makes the box itself a named region in the tab order, so a
 * keyboard can scroll it (WCAG 2.1.1; axe's scrollable-region-focusable found it at 360 px). */
export function TableScroll({ children, label }: { children: ReactNode; label?: string }) {
  if (!label) return <div className={classes.scroll}>{children}</div>;
  return (
    <div className={classes.scroll} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
