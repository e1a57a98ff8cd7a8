import type { WaitingListItem } from '../../api/schemas/referrals';
import type { WaitingListSearch } from './waiting-list-search';

export interface Searchable {
  item: WaitingListItem;
  /** Lower-case name and bare NHS number, built once per list rather than on every keystroke. */
  text: string;
}

export function toSearchable(items: WaitingListItem[]): Searchable[] {
  return items.map((item) => ({ item, text: `${item.givenName} ${item.familyName}\u0000${item.nhsNumber}`.toLowerCase() }));
}

/** Default view: people still on the list (waiting, or holding an offer they have not answered). */
export function filterWaitingList(rows: Searchable[], search: WaitingListSearch, query: string): WaitingListItem[] {
  const status = search.status ?? 'open';
  const urgency = search.urgency ?? 'all';
  const raw = query.trim().toLowerCase().replace(/\s+/g, ' ');
  // "943 476" is how NHS numbers are read out; match it against the stored digits.
  const needle = /^[\d ]+$/.test(raw) ? raw.replace(/ /g, '') : raw;
  const out: WaitingListItem[] = [];
  for (const { item, text } of rows) {
    if (status === 'open' ? item.status !== 'waiting' && item.status !== 'offered' : status !== 'all' && item.status !== status) continue;
    if (urgency !== 'all' && item.urgent !== (urgency === 'urgent')) continue;
    if (needle && !text.includes(needle)) continue;
    out.push(item);
  }
  return out;
}
