import {
  countsAsAbsence,
  countsAsAttended,
  DID_NOT_ATTEND,
  GAVE_NOTICE,
  LATE_NOT_SEEN,
  tookPlace,
  type AttendanceCode,
} from './attendance-codes';

/** The middle value (mean of the two middle values for an even count); null when there is
 * nothing to summarise, so a dashboard never shows a made-up 0. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The same median of a list given as how often each value occurs ([value, times] pairs), so a
 * figure over 100,000 people is worked out from a few hundred counts, not a list of 100,000. */
export function medianOfCounts(counts: readonly (readonly [number, number])[]): number | null {
  const sorted = counts.filter(([, n]) => n > 0).sort(([a], [b]) => a - b);
  const total = sorted.reduce((sum, [, n]) => sum + n, 0);
  if (total === 0) return null;
  /** The value at 0-based position `k` of the list spelled out. */
  const at = (k: number) => {
    let seen = 0;
    for (const [value, n] of sorted) {
      seen += n;
      if (k < seen) return value;
    }
    return sorted.at(-1)![0];
  };
  const mid = Math.floor(total / 2);
  return total % 2 === 1 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}

export interface AttendanceRate {
  attended: number;
  due: number;
  /** attended / due, in [0, 1]; null when no session was due. */
  rate: number | null;
}

/** Sessions marked 5 or 6 over sessions due (those that took place). */
export function attendanceRate(codes: readonly (AttendanceCode | null)[]): AttendanceRate {
  let attended = 0;
  let due = 0;
  for (const code of codes) {
    if (!tookPlace(code)) continue;
    due += 1;
    if (countsAsAttended(code)) attended += 1;
  }
  return { attended, due, rate: due === 0 ? null : attended / due };
}

export const ABSENCE_CODES = [GAVE_NOTICE, DID_NOT_ATTEND, LATE_NOT_SEEN] as const;
export type AbsenceCode = (typeof ABSENCE_CODES)[number];

/** Absences split by code (docs/domain.md: 2, 3 and 7 count as absences). */
export function absencesByCode(
  codes: readonly (AttendanceCode | null)[],
): Record<AbsenceCode, number> {
  const counts: Record<AbsenceCode, number> = {
    [GAVE_NOTICE]: 0,
    [DID_NOT_ATTEND]: 0,
    [LATE_NOT_SEEN]: 0,
  };
  for (const code of codes) {
    if (code !== null && countsAsAbsence(code)) counts[code as AbsenceCode] += 1;
  }
  return counts;
}

export type CompletionStatus = 'completed' | 'on_track' | 'cannot_complete';

/** Completion (settings.completionMinSessions of 8, counting codes 5 and 6): reached, still
 * reachable with the sessions left, or out of reach. */
export function completionStatus(
  attended: number,
  sessionsLeft: number,
  minSessions: number,
): CompletionStatus {
  if (attended >= minSessions) return 'completed';
  return attended + sessionsLeft >= minSessions ? 'on_track' : 'cannot_complete';
}

export function countAttended(codes: readonly (AttendanceCode | null)[]): number {
  return codes.filter((c) => c !== null && countsAsAttended(c)).length;
}

/** A share in [0, 1], or null for 0 of 0 (an empty cohort is not 0% full). */
export function ratio(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

export interface Span {
  from: string;
  /** The day the span ended (no longer counted from that day), or null while it lasts. */
  until: string | null;
}

/** How many spans cover a day: e.g. people on the waiting list on a month's last day. */
export function countOn(spans: readonly Span[], day: string): number {
  return spans.filter((s) => s.from <= day && (s.until === null || s.until > day)).length;
}

export interface VacancyFact {
  status: 'open' | 'filled' | 'closed';
  /** Whether the place could be offered on the day it was freed: before the late-joining
   * cut-off (a workshop: before it starts). See vacancyWindow in ./vacancy. */
  offerableWhenOpened: boolean;
}

export interface VacancyFill {
  /** Places that could be offered: the "of y" of "filled x of y". */
  offerable: number;
  filled: number;
  /** Places freed after the cut-off: closed at once, never offered, so never "unfilled". */
  tooLate: number;
}

/** docs/domain.md: a freed group place matters only while joining is still useful, so the fill
 * figure counts only places that could be offered. A place that was filled was offerable. */
export function vacancyFill(vacancies: readonly VacancyFact[]): VacancyFill {
  const offerable = vacancies.filter((v) => v.status === 'filled' || v.offerableWhenOpened);
  return {
    offerable: offerable.length,
    filled: offerable.filter((v) => v.status === 'filled').length,
    tooLate: vacancies.length - offerable.length,
  };
}
