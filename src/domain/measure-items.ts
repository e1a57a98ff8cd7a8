import type { Instrument } from './measures';

// What each answer is about, as the register's measures panel labels it: short labels in the
// project's own words, not the questionnaires' sentences (docs/outcome-measures.md says why
// and cites each instrument). PHQ-9 and GAD-7 are free to reproduce; WSAS is not, so only the
// areas of life it asks about are named.

export const ITEM_LABELS: Record<Instrument, readonly string[]> = {
  phq9: [
    'Little interest or pleasure',
    'Feeling down or hopeless',
    'Sleep',
    'Tired or little energy',
    'Appetite',
    'Feeling bad about themselves',
    'Concentration',
    'Slowed down, or restless',
    'Better off dead or self-harm (item 9)',
  ],
  gad7: [
    'Nervous or on edge',
    'Cannot stop worrying',
    'Worrying about many things',
    'Trouble relaxing',
    'Too restless to sit still',
    'Easily annoyed',
    'Afraid something awful will happen',
  ],
  wsas: ['Work', 'Home management', 'Social leisure', 'Private leisure', 'Close relationships'],
};

/** The answer scale of PHQ-9 and GAD-7 (over the last two weeks). */
export const FREQUENCY_OPTIONS = [
  'Not at all',
  'Several days',
  'More than half the days',
  'Nearly every day',
] as const;

export const INSTRUMENT_TITLES: Record<Instrument, string> = {
  phq9: 'PHQ-9 (low mood)',
  gad7: 'GAD-7 (anxiety)',
  wsas: 'WSAS (effect on work and social life, 0 not at all to 8 very severely)',
};
