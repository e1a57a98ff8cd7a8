import { addDays, isoFromParts, type IsoDate } from './dates';

export interface Period {
  from: IsoDate;
  to: IsoDate;
}

/** "The last 4 weeks" is the 28 days ending on (and including) the given day. */
export function lastFourWeeks(today: IsoDate): Period {
  return { from: addDays(today, -27), to: today };
}

/** The calendar quarter (Jan–Mar, Apr–Jun, Jul–Sep, Oct–Dec) holding the day. */
export function quarterOf(day: IsoDate): Period {
  const year = Number(day.slice(0, 4));
  const firstMonth = Math.floor((Number(day.slice(5, 7)) - 1) / 3) * 3 + 1;
  const from = isoFromParts(year, firstMonth, 1);
  return { from, to: addDays(isoFromParts(year, firstMonth + 3, 1), -1) };
}

export function monthKey(day: IsoDate): string {
  return day.slice(0, 7);
}

/** The month holding the day and the n - 1 before it, oldest first, as 'YYYY-MM'. */
export function monthsEndingAt(day: IsoDate, n: number): string[] {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  return Array.from({ length: n }, (_, i) => monthKey(isoFromParts(year, month - (n - 1 - i), 1)));
}

/** The months a period touches, oldest first. */
export function monthsIn(period: Period): string[] {
  const months: string[] = [];
  for (let m = monthKey(period.from); m <= monthKey(period.to);) {
    months.push(m);
    m = monthKey(isoFromParts(Number(m.slice(0, 4)), Number(m.slice(5, 7)) + 1, 1));
  }
  return months;
}

/** The last day of a 'YYYY-MM' month, or `cap` if that comes first (the current month so far). */
export function monthEnd(month: string, cap: IsoDate): IsoDate {
  const end = addDays(
    isoFromParts(Number(month.slice(0, 4)), Number(month.slice(5, 7)) + 1, 1),
    -1,
  );
  return end < cap ? end : cap;
}

export function inPeriod(day: IsoDate, period: Period): boolean {
  return day >= period.from && day <= period.to;
}
