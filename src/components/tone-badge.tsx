import { Badge, type BadgeProps } from '@mantine/core';

import { TONES, type Tone } from './tones';

export function ToneBadge({
  tone,
  ...props
}: { tone: Tone } & Omit<BadgeProps, 'color' | 'variant'> & { children: React.ReactNode }) {
  // Never truncated: a clipped status ("COMPL…") is no status at all.
  return (
    <Badge
      color={TONES[tone]}
      variant="filled"
      tt="none"
      maw="none"
      style={{ flexShrink: 0 }}
      styles={{ label: { overflow: 'visible' } }}
      {...props}
    />
  );
}
