import type { ReactNode } from 'react';
import { AnchorLink } from './anchor-link';

/** "History": the audit trail filtered to one record, by its kind and id in the URL's search
 * (never its name). Shown only to those who may read the trail: the caller decides. */
export function HistoryLink({
  entity,
  id,
  label,
  children = 'History',
}: {
  entity: string;
  id: string;
  /** The accessible name, saying whose history. */
  label?: string;
  children?: ReactNode;
}) {
  return (
    <AnchorLink size="sm" to="/audit" search={{ entity, record: id }} aria-label={label}>
      {children}
    </AnchorLink>
  );
}
