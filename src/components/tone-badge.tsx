import { Badge, type BadgeProps } from '@mantine/core';

/** Badge colours chosen for at least 6:1 with white text (WCAG AA for small bold text),
 * on any row background. Mantine's light variants fall under 4.5:1 on striped rows. */
export const TONES = {
  info: '#1c4f8a',
  success: '#1e6b34',
  neutral: '#495057',
  danger: '#a61e1e',
  warning: '#8a4b00',
} as const;
export type Tone = keyof typeof TONES;

export function ToneBadge({ tone, ...props }: { tone: Tone } & Omit<BadgeProps, 'color' | 'variant'> & { children: React.ReactNode }) {
  // Never truncated: a clipped status ("COMPL…") is no status at all.
  return <Badge color={TONES[tone]} variant="filled" tt="none" maw="none" style={{ flexShrink: 0 }} styles={{ label: { overflow: 'visible' } }} {...props} />;
}
