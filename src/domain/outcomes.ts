import type { MeasureTotals } from './measures';
import {
  recovered,
  reliablyDeteriorated,
  reliablyImproved,
  reliablyRecovered,
  type PairedScores,
} from './recovery';

// A person's course in figures (first and last paired scores and what changed) and a cohort's
// (how many have both, and of them how many recovered, improved or got worse). A "measured"
// session is one with both a PHQ-9 and a GAD-7 total: caseness needs both (docs/outcome-measures.md).

export interface SessionScores {
  sessionId: string;
  sessionNumber: number;
  date: string;
  totals: MeasureTotals;
}

export interface ScorePoint extends PairedScores {
  sessionId: string;
  sessionNumber: number;
  date: string;
  wsas: number | null;
}

export interface PersonOutcome {
  enrolmentId: string;
  first: ScorePoint | null;
  /** The last measured session, when it is not the first. */
  last: ScorePoint | null;
  recovered: boolean | null;
  reliablyImproved: boolean | null;
  reliablyDeteriorated: boolean | null;
  reliablyRecovered: boolean | null;
}

function point(s: SessionScores): ScorePoint | null {
  const { phq9, gad7, wsas } = s.totals;
  if (phq9 === null || gad7 === null) return null;
  return { sessionId: s.sessionId, sessionNumber: s.sessionNumber, date: s.date, phq9, gad7, wsas };
}

/** One person's outcome from their scores at the sessions they attended. */
export function personOutcome(
  enrolmentId: string,
  scores: readonly SessionScores[],
  attendedSessions: number,
): PersonOutcome {
  const measured = scores
    .map(point)
    .filter((p): p is ScorePoint => p !== null)
    .sort((a, b) => a.sessionNumber - b.sessionNumber);
  const first = measured[0] ?? null;
  const last = measured.length > 1 ? (measured[measured.length - 1] ?? null) : null;
  const paired = first !== null && last !== null;
  return {
    enrolmentId,
    first,
    last,
    recovered: first ? recovered(first, last, attendedSessions) : null,
    reliablyImproved: paired ? reliablyImproved(first, last) : null,
    reliablyDeteriorated: paired ? reliablyDeteriorated(first, last) : null,
    reliablyRecovered: first ? reliablyRecovered(first, last, attendedSessions) : null,
  };
}

/** A count over its denominator; the rate is null when there is no one to count. */
export interface Rate {
  count: number;
  of: number;
  rate: number | null;
}

export function rate(count: number, of: number): Rate {
  return { count, of, rate: of === 0 ? null : count / of };
}

export interface OutcomeSummary {
  /** People with a first and a last score, of those who attended at least two sessions. */
  pairedCompleteness: Rate;
  /** Of those who were a case at the start with a pair of scores. */
  recovery: Rate;
  reliableRecovery: Rate;
  /** Of those with a pair of scores. */
  reliableImprovement: Rate;
  reliableDeterioration: Rate;
  /** Mean of last minus first over those with a pair (negative is better); null for none. */
  meanChange: { phq9: number | null; gad7: number | null };
}

const mean = (values: number[]): number | null =>
  values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;

/** A cohort's (or the service's) figures from its people's outcomes. `finished` counts those
 * who attended at least two sessions. */
export function summariseOutcomes(
  people: readonly PersonOutcome[],
  finished: number,
): OutcomeSummary {
  const paired = people.filter((p) => p.first && p.last);
  const counted = (key: 'recovered' | 'reliablyRecovered') => people.filter((p) => p[key] !== null);
  const yes = (list: PersonOutcome[], key: keyof PersonOutcome) =>
    list.filter((p) => p[key] === true).length;
  return {
    pairedCompleteness: rate(paired.length, finished),
    recovery: rate(yes(counted('recovered'), 'recovered'), counted('recovered').length),
    reliableRecovery: rate(
      yes(counted('reliablyRecovered'), 'reliablyRecovered'),
      counted('reliablyRecovered').length,
    ),
    reliableImprovement: rate(yes(paired, 'reliablyImproved'), paired.length),
    reliableDeterioration: rate(yes(paired, 'reliablyDeteriorated'), paired.length),
    meanChange: {
      phq9: mean(paired.map((p) => p.last!.phq9 - p.first!.phq9)),
      gad7: mean(paired.map((p) => p.last!.gad7 - p.first!.gad7)),
    },
  };
}
