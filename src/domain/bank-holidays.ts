import type { IsoDate } from './dates';
import { isoFromParts, toUtcMs, toIsoDate, weekdayOf, yearOf, addDays } from './dates';

// Sessions never fall on an England and Wales bank holiday (the service is in London).

interface OneOffChange {
  remove: IsoDate[];
  add: IsoDate[];
}

// Proclaimed changes that no rule predicts (from gov.uk's published lists).
const ONE_OFF_CHANGES: Record<number, OneOffChange> = {
  2011: { remove: [], add: ['2011-04-29'] },
  2012: { remove: ['2012-05-28'], add: ['2012-06-04', '2012-06-05'] },
  2020: { remove: ['2020-05-04'], add: ['2020-05-08'] },
  2022: { remove: ['2022-05-30'], add: ['2022-06-02', '2022-06-03', '2022-09-19'] },
  2023: { remove: [], add: ['2023-05-08'] },
};

// Anonymous Gregorian computus (Meeus/Jones/Butcher).
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoFromParts(year, month, day);
}

function firstMonday(year: number, month: number): IsoDate {
  const first = isoFromParts(year, month, 1);
  return addDays(first, (8 - weekdayOf(first)) % 7);
}

function lastMonday(year: number, month: number): IsoDate {
  const last = toIsoDate(Date.UTC(year, month, 0));
  return addDays(last, -((weekdayOf(last) + 6) % 7));
}

function isWeekend(d: IsoDate): boolean {
  const wd = weekdayOf(d);
  return wd === 0 || wd === 6;
}

// A fixed-date holiday on a weekend is substituted by the next weekday not already
// a holiday, so Christmas on Saturday and Boxing Day on Sunday become Mon and Tue.
function withSubstitutes(dates: IsoDate[]): IsoDate[] {
  const taken = new Set(dates.filter((d) => !isWeekend(d)));
  for (const d of dates) {
    if (!isWeekend(d)) continue;
    let sub = addDays(d, 1);
    while (isWeekend(sub) || taken.has(sub)) sub = addDays(sub, 1);
    taken.add(sub);
  }
  return [...taken];
}

export function englandWalesBankHolidays(year: number): IsoDate[] {
  const easter = easterSunday(year);
  const byRule = [
    ...withSubstitutes([isoFromParts(year, 1, 1)]),
    addDays(easter, -2),
    addDays(easter, 1),
    firstMonday(year, 5),
    lastMonday(year, 5),
    lastMonday(year, 8),
    ...withSubstitutes([isoFromParts(year, 12, 25), isoFromParts(year, 12, 26)]),
  ];
  const change = ONE_OFF_CHANGES[year];
  const result = new Set(byRule);
  change?.remove.forEach((d) => result.delete(d));
  change?.add.forEach((d) => result.add(d));
  return [...result].sort((a, b) => toUtcMs(a) - toUtcMs(b));
}

const cache = new Map<number, ReadonlySet<IsoDate>>();

export function isBankHoliday(date: IsoDate): boolean {
  const year = yearOf(date);
  let holidays = cache.get(year);
  if (!holidays) {
    holidays = new Set(englandWalesBankHolidays(year));
    cache.set(year, holidays);
  }
  return holidays.has(date);
}
