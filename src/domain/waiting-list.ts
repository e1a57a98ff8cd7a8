import { daysBetween, type IsoDate } from './dates';

export interface WaitingEntry {
  id: string;
  referralDate: IsoDate;
  urgent: boolean;
}

/** Whole weeks since referral: what staff quote to people asking how long they have waited. */
export function waitWeeks(referralDate: IsoDate, today: IsoDate): number {
  return Math.max(0, Math.floor(daysBetween(referralDate, today) / 7));
}

/** docs/domain.md "fill freed places by offering them to the right person": urgent first, then
 * longest waiting; the id breaks ties so the order is the same on every screen. */
export function compareWaiting(a: WaitingEntry, b: WaitingEntry): number {
  if (a.urgent !== b.urgent) return a.urgent ? -1 : 1;
  if (a.referralDate !== b.referralDate) return a.referralDate < b.referralDate ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

// Searching and sorting the waiting list, the rule every backend answers by: the mock runs
// these functions over its records; the server says the same in SQL (src/server/db/
// waiting-list-query.ts), and the contract suite checks that both give the same pages.

export interface ListedReferral extends WaitingEntry {
  givenName: string;
  familyName: string;
  nhsNumber: string;
  status: 'waiting' | 'offered' | 'enrolled' | 'closed';
}

export type StatusFilter = 'open' | 'waiting' | 'offered' | 'enrolled' | 'closed' | 'all';

/** 'open': still on the list (waiting, or holding an offer not yet answered). */
export function matchesStatus(status: ListedReferral['status'], filter: StatusFilter): boolean {
  if (filter === 'all') return true;
  if (filter === 'open') return status === 'waiting' || status === 'offered';
  return status === filter;
}

/** What a search box's text is compared with: lower case, runs of spaces as one, and an NHS
 * number read out in groups ("943 476 5919") as its bare digits. */
export function searchNeedle(text: string): string {
  const raw = text.trim().toLowerCase().replace(/\s+/g, ' ');
  return /^[\d ]+$/.test(raw) ? raw.replace(/ /g, '') : raw;
}

/** A name ("given family") or an NHS number containing the needle. */
export function matchesNeedle(r: ListedReferral, needle: string): boolean {
  return (
    needle === '' ||
    `${r.givenName} ${r.familyName}`.toLowerCase().includes(needle) ||
    r.nhsNumber.includes(needle)
  );
}

export const STATUS_ORDER = { waiting: 0, offered: 1, enrolled: 2, closed: 3 } as const;

/** Lower-case "family given", for sorting by name. */
export function nameKey(r: { givenName: string; familyName: string }): string {
  return `${r.familyName} ${r.givenName}`.toLowerCase();
}

function compareKeys(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A column's order (`desc` turns that column round), ties in priority order. Waiting time
 * ascending is the newest referral first. */
export function compareListed(
  sort: 'name' | 'wait' | 'urgency' | 'status' | undefined,
  desc: boolean,
): (a: ListedReferral, b: ListedReferral) => number {
  const key =
    sort === 'name'
      ? nameKey
      : sort === 'wait'
        ? (r: ListedReferral) => -Date.parse(r.referralDate)
        : sort === 'urgency'
          ? (r: ListedReferral) => (r.urgent ? 1 : 0)
          : sort === 'status'
            ? (r: ListedReferral) => STATUS_ORDER[r.status]
            : null;
  if (!key) return compareWaiting;
  const sign = desc ? -1 : 1;
  return (a, b) => sign * compareKeys(key(a), key(b)) || compareWaiting(a, b);
}

/** One page of the list: the rows the filters and search let through, in the asked order. */
export function searchWaitingList<R extends ListedReferral>(
  referrals: readonly R[],
  q: {
    text: string;
    status: StatusFilter;
    urgency: 'all' | 'urgent' | 'routine';
    sort?: 'name' | 'wait' | 'urgency' | 'status';
    desc: boolean;
    offset: number;
    limit: number;
  },
): { items: R[]; total: number; onList: number } {
  const needle = searchNeedle(q.text);
  const matching = referrals.filter(
    (r) =>
      matchesStatus(r.status, q.status) &&
      (q.urgency === 'all' || r.urgent === (q.urgency === 'urgent')) &&
      matchesNeedle(r, needle),
  );
  matching.sort(compareListed(q.sort, q.desc));
  return {
    items: matching.slice(q.offset, q.offset + q.limit),
    total: matching.length,
    onList: referrals.filter((r) => matchesStatus(r.status, 'open')).length,
  };
}
