import type { FlagStatus } from '../domain/absence';
import { ToneBadge } from './tone-badge';

/** An absence flag as the same badge on every page; nothing while the status is 'ok'. */
export function FlagStatusBadge({ status }: { status: FlagStatus }) {
  if (status === 'breached') return <ToneBadge tone="danger">Breached</ToneBadge>;
  if (status === 'at_risk') return <ToneBadge tone="warning">At risk</ToneBadge>;
  return null;
}
