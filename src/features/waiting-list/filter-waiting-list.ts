import type { WaitingListItem } from '../../api/schemas/referrals';
import { toUtcMs } from '../../domain/dates';
import { compareWaiting } from '../../domain/waiting-list';
import type { WaitingListSearch } from './waiting-list-search';

/** A list entry with what sorting and search need worked out once per load, not on every
 * keystroke or comparison: with 10,000 people that is the difference between smooth and stuck.
 * The search and name keys are made the first time they are needed (a search, a sort by name),
 * so they cost nothing before the first rows are on screen. */
export interface WaitingRow {
  item: WaitingListItem;
  waitDays: number;
  /** Cache for searchTextOf. */
  text?: string;
  /** Cache for nameKeyOf. */
  nameKey?: string;
}

/** Lower-case "given family", a separator, and the bare NHS number. */
export function searchTextOf(row: WaitingRow): string {
  return (row.text ??=
    `${row.item.givenName} ${row.item.familyName}\u0000${row.item.nhsNumber}`.toLowerCase());
}

/** Lower-case "family given", for sorting by name. */
export function nameKeyOf(row: WaitingRow): string {
  return (row.nameKey ??= `${row.item.familyName} ${row.item.givenName}`.toLowerCase());
}

const DAY_MS = 86_400_000;

/** Rows in priority order (urgent first, then longest waiting), so the default view needs no
 * table sort at all; a header click sorts by that column instead. */
export function toWaitingRows(items: WaitingListItem[], today: string): WaitingRow[] {
  const todayMs = toUtcMs(today);
  // Thousands of people share a few hundred referral dates: work each one out once.
  const days = new Map<string, number>();
  const waitDays = (date: string) => {
    let d = days.get(date);
    if (d === undefined) {
      // The schema guarantees YYYY-MM-DD; slicing is much cheaper than a regex.
      d = Math.round(
        (todayMs - Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10))) / DAY_MS,
      );
      days.set(date, d);
    }
    return d;
  };
  return [...items]
    .sort(compareWaiting)
    .map((item) => ({ item, waitDays: waitDays(item.referralDate) }));
}

export type RowFilter = (
  rows: WaitingRow[],
  search: WaitingListSearch,
  query: string,
) => { mask: Uint8Array; count: number };

/** Which rows show, by index into `rows` (1 = shown), and how many. Default view: people still on
 * the list (waiting, or holding an offer they have not answered yet). Each filter remembers its
 * last answer: typing one more letter can only narrow the matches, so only those are checked again. */
export function createRowFilter(): RowFilter {
  let last: { rows: WaitingRow[]; key: string; needle: string; hits: number[] } | null = null;
  return (rows, search, query) => {
    const status = search.status ?? 'open';
    const urgency = search.urgency ?? 'all';
    const raw = query.trim().toLowerCase().replace(/\s+/g, ' ');
    // "943 476" is how NHS numbers are read out; match it against the stored digits.
    const needle = /^[\d ]+$/.test(raw) ? raw.replace(/ /g, '') : raw;
    const key = `${status}|${urgency}`;
    const narrowing =
      last !== null && last.rows === rows && last.key === key && needle.includes(last.needle);
    const hits: number[] = [];
    const test = (i: number) => {
      const row = rows[i] as WaitingRow;
      if (!narrowing) {
        const s = row.item.status;
        if (
          status === 'open' ? s !== 'waiting' && s !== 'offered' : status !== 'all' && s !== status
        )
          return;
        if (urgency !== 'all' && row.item.urgent !== (urgency === 'urgent')) return;
      }
      if (needle && !searchTextOf(row).includes(needle)) return;
      hits.push(i);
    };
    if (narrowing && last) for (const i of last.hits) test(i);
    else for (let i = 0; i < rows.length; i += 1) test(i);
    last = { rows, key, needle, hits };
    const mask = new Uint8Array(rows.length);
    for (const i of hits) mask[i] = 1;
    return { mask, count: hits.length };
  };
}
