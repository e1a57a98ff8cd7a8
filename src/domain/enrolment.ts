import type { IsoDate } from './dates';

export type EnrolmentState =
  | 'offered'
  | 'confirmed'
  | 'active'
  | 'completed'
  | 'withdrawn'
  | 'transferred'
  | 'removed_after_absences';

const LEFT: readonly EnrolmentState[] = ['withdrawn', 'transferred', 'removed_after_absences'];

/** Statuses that hold a place in the cohort (a completed place was filled, and stays counted). */
export const PLACE_HOLDING: readonly EnrolmentState[] = [
  'offered',
  'confirmed',
  'active',
  'completed',
];

export function holdsPlace(status: EnrolmentState): boolean {
  return PLACE_HOLDING.includes(status);
}

interface EnrolmentLike {
  status: EnrolmentState;
  joinedOn: IsoDate;
  history: { status: EnrolmentState; at: string }[];
}

/** The date a person left the course, if they did (the last move to a leaving status). */
export function leftOn(enrolment: EnrolmentLike): IsoDate | null {
  if (!LEFT.includes(enrolment.status)) return null;
  const entry = [...enrolment.history].reverse().find((h) => LEFT.includes(h.status));
  return entry ? entry.at.slice(0, 10) : null;
}

/** docs/domain.md "register": everyone enrolled at the session's date has a row; sessions before
 * joining, and after leaving, are not theirs. An offer not yet taken up is not a place. */
export function wasEnrolledOn(enrolment: EnrolmentLike, date: IsoDate): boolean {
  if (enrolment.status === 'offered' || enrolment.joinedOn > date) return false;
  const left = leftOn(enrolment);
  return left === null || left > date;
}
