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

/** DOMAIN.md "fill freed places by offering them to the right person": urgent first, then
 * longest waiting; the id breaks ties so the order is the same on every screen. */
export function compareWaiting(a: WaitingEntry, b: WaitingEntry): number {
  if (a.urgent !== b.urgent) return a.urgent ? -1 : 1;
  if (a.referralDate !== b.referralDate) return a.referralDate < b.referralDate ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
