import type { CSSProperties, ReactNode } from 'react';
import type { FlagStatus } from '../../../domain/absence';
import { TONE_TEXT, TONES, type Tone } from '../../../components/tones';
import classes from './register-status.module.css';

/** A badge on a register row, in the colours of ToneBadge (src/components/tone-badge.tsx): a
 * span styled by a CSS module, since a register paints some twenty rows at once and a
 * Mantine Badge resolves its props, theme and styles on each. Outline badges take the text
 * tones, which are lighter in dark mode. */
export function RowBadge({
  tone,
  outline = false,
  children,
}: {
  tone: Tone;
  outline?: boolean;
  children: ReactNode;
}) {
  const style = { '--badge-tone': outline ? TONE_TEXT[tone] : TONES[tone] } as CSSProperties;
  return (
    <span className={classes.badge} data-outline={outline || undefined} style={style}>
      {children}
    </span>
  );
}

/** An absence flag, worded as FlagStatusBadge words it on every other page. */
export function RowFlagBadge({ status }: { status: FlagStatus }) {
  if (status === 'breached') return <RowBadge tone="danger">Breached</RowBadge>;
  if (status === 'at_risk') return <RowBadge tone="warning">At risk</RowBadge>;
  return null;
}
