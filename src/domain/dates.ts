// Calendar dates are plain 'YYYY-MM-DD' strings so they never shift with the
// viewer's timezone; all arithmetic below is done in UTC for the same reason.
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  return toIsoDate(Date.UTC(Number(y), Number(m) - 1, Number(d))) === value;
}

export function toUtcMs(d: IsoDate): number {
  const match = ISO_DATE.exec(d);
  if (!match) throw new RangeError(`Not an ISO date: ${d}`);
  const [, y, m, day] = match;
  return Date.UTC(Number(y), Number(m) - 1, Number(day));
}

export function toIsoDate(utcMs: number): IsoDate {
  return new Date(utcMs).toISOString().slice(0, 10);
}

export function isoFromParts(year: number, month: number, day: number): IsoDate {
  return toIsoDate(Date.UTC(year, month - 1, day));
}

export function addDays(d: IsoDate, n: number): IsoDate {
  return toIsoDate(toUtcMs(d) + n * DAY_MS);
}

// 0 = Sunday, matching Date.prototype.getUTCDay.
export function weekdayOf(d: IsoDate): number {
  return new Date(toUtcMs(d)).getUTCDay();
}

export function yearOf(d: IsoDate): number {
  return Number(d.slice(0, 4));
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

export function compareIsoDate(a: IsoDate, b: IsoDate): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

// Building an Intl formatter costs far more than using one, and "today" is asked for often
// (every flag and vacancy rule): build it once, on first use.
let londonDay: Intl.DateTimeFormat | undefined;

// The service is in London: "today" is the London calendar date, not UTC's.
export function todayIso(now: Date = new Date()): IsoDate {
  londonDay ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const parts = londonDay.formatToParts(now);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}
