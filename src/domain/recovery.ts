// NHS Talking Therapies outcome rules (the programme's manual; docs/outcome-measures.md cites
// it): caseness, reliable change, recovery and reliable recovery, on PHQ-9 and GAD-7 totals.

export const CASENESS = { phq9: 10, gad7: 8 } as const;
/** The reliable change index of each measure: a change at least this large is not noise. */
export const RELIABLE_CHANGE = { phq9: 6, gad7: 4 } as const;

/** The two scores that decide caseness and reliable change, as given at one session. */
export interface PairedScores {
  phq9: number;
  gad7: number;
}

/** A clinical case: PHQ-9 at or above 10, or GAD-7 at or above 8. */
export function isCase(s: PairedScores): boolean {
  return s.phq9 >= CASENESS.phq9 || s.gad7 >= CASENESS.gad7;
}

/** Worse by at least the reliable change on either measure. */
export function reliablyDeteriorated(first: PairedScores, last: PairedScores): boolean {
  return (
    last.phq9 - first.phq9 >= RELIABLE_CHANGE.phq9 || last.gad7 - first.gad7 >= RELIABLE_CHANGE.gad7
  );
}

/** Better by at least the reliable change on either measure, and reliably worse on neither. */
export function reliablyImproved(first: PairedScores, last: PairedScores): boolean {
  const better =
    first.phq9 - last.phq9 >= RELIABLE_CHANGE.phq9 ||
    first.gad7 - last.gad7 >= RELIABLE_CHANGE.gad7;
  return better && !reliablyDeteriorated(first, last);
}

/** A case at the first measured session and not at the last, for someone who attended at
 * least two sessions; null (not counted) for anyone else: not a case at the start, fewer than
 * two sessions attended, or no second score to compare. */
export function recovered(
  first: PairedScores,
  last: PairedScores | null,
  attendedSessions: number,
): boolean | null {
  if (!last || attendedSessions < 2 || !isCase(first)) return null;
  return !isCase(last);
}

/** Recovered and reliably improved; null where recovery is. */
export function reliablyRecovered(
  first: PairedScores,
  last: PairedScores | null,
  attendedSessions: number,
): boolean | null {
  const r = recovered(first, last, attendedSessions);
  if (r === null || !last) return null;
  return r && reliablyImproved(first, last);
}
