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

/** The questions as a person reads them on their questionnaire link, one a screen. PHQ-9 and
 * GAD-7 items are said in plain words close to the published forms (free to reproduce); WSAS
 * and pain in the project's own words (docs/outcome-measures.md). */
export const PERSON_QUESTIONS: Record<Instrument | 'pain', readonly string[]> = {
  phq9: [
    'Little interest or pleasure in doing things',
    'Feeling down, depressed or hopeless',
    'Trouble falling or staying asleep, or sleeping too much',
    'Feeling tired or having little energy',
    'Poor appetite or overeating',
    'Feeling bad about yourself, or that you have let yourself or your family down',
    'Trouble concentrating on things, such as reading or watching television',
    'Moving or speaking so slowly that other people could have noticed, or being so fidgety or restless that you have been moving around a lot more than usual',
    'Thoughts that you would be better off dead, or of hurting yourself in some way',
  ],
  gad7: [
    'Feeling nervous, anxious or on edge',
    'Not being able to stop or control worrying',
    'Worrying too much about different things',
    'Trouble relaxing',
    'Being so restless that it is hard to sit still',
    'Becoming easily annoyed or irritable',
    'Feeling afraid as if something awful might happen',
  ],
  wsas: [
    'your ability to work (if you are not working, for a reason other than your health, choose 0)',
    'looking after your home',
    'social activities with other people',
    'things you like to do on your own',
    'your close relationships with family and friends',
  ],
  pain: [
    'How bad has your pain been this week?',
    'How much has pain got in the way of what you wanted to do this week?',
  ],
};

/** What a screen asks before its question, by part. */
export const PERSON_QUESTION_LEADS: Record<Instrument | 'pain', string> = {
  phq9: 'Over the last 2 weeks, how often have you been bothered by this?',
  gad7: 'Over the last 2 weeks, how often have you been bothered by this?',
  wsas: 'How much do your health problems get in the way of',
  pain: '',
};
