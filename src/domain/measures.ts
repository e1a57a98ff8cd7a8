// The outcome measures a person gives at a session, and their totals (docs/outcome-measures.md
// cites each instrument and its scoring). An instrument is given complete or not at all: a
// partial set of answers has no valid total, so it is refused rather than stored.

export const INSTRUMENTS = {
  /** Depression: 9 items, each 0 (not at all) to 3 (nearly every day). */
  phq9: { name: 'PHQ-9', items: 9, itemMax: 3 },
  /** Anxiety: 7 items, each 0 to 3. */
  gad7: { name: 'GAD-7', items: 7, itemMax: 3 },
  /** Work and social adjustment: 5 areas of life, each 0 (not at all) to 8 (very severely). */
  wsas: { name: 'WSAS', items: 5, itemMax: 8 },
} as const;
export type Instrument = keyof typeof INSTRUMENTS;
export const INSTRUMENT_KEYS = Object.keys(INSTRUMENTS) as Instrument[];

/** The pain rating: the project's own two questions, each 0 (none) to 10 (the worst). */
export const PAIN_MAX = 10;
export interface PainRating {
  intensity: number;
  interference: number;
}

/** One person's answers at one session; an instrument not given is null. */
export interface MeasureAnswers {
  phq9: number[] | null;
  gad7: number[] | null;
  wsas: number[] | null;
  pain: PainRating | null;
}

export interface MeasureTotals {
  phq9: number | null;
  gad7: number | null;
  wsas: number | null;
}

/** Whether a list of answers is a whole instrument: the right count, each a whole number in range. */
export function isWholeInstrument(instrument: Instrument, items: readonly number[]): boolean {
  const { items: count, itemMax } = INSTRUMENTS[instrument];
  return (
    items.length === count && items.every((v) => Number.isInteger(v) && v >= 0 && v <= itemMax)
  );
}

/** The instrument's total (the sum of its items), or null when not given. */
export function instrumentTotal(items: readonly number[] | null): number | null {
  return items ? items.reduce((sum, v) => sum + v, 0) : null;
}

export function totalsOf(answers: Pick<MeasureAnswers, Instrument>): MeasureTotals {
  return {
    phq9: instrumentTotal(answers.phq9),
    gad7: instrumentTotal(answers.gad7),
    wsas: instrumentTotal(answers.wsas),
  };
}

/** A session's set is complete when every instrument given at each session is there (the
 * pain rating belongs to the first and last sessions only). */
export function isCompleteSet(answers: Pick<MeasureAnswers, Instrument>): boolean {
  return answers.phq9 !== null && answers.gad7 !== null && answers.wsas !== null;
}

/** PHQ-9 item 9 (thoughts of being better off dead or of self-harm), answered above 0: a risk
 * indicator that raises a safety alert at once. */
export function raisesSafetyAlert(phq9: readonly number[] | null): boolean {
  return (phq9?.[8] ?? 0) > 0;
}
