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

/** For text and alerts: the same tones, lighter in dark mode (variables set in src/lib/theme.ts). */
export const TONE_TEXT: Record<Tone, string> = {
  info: 'var(--tone-info)',
  success: 'var(--tone-success)',
  neutral: 'var(--tone-neutral)',
  danger: 'var(--tone-danger)',
  warning: 'var(--tone-warning)',
};
