import {
  DAY_NAMES,
  hasSlot,
  PART_NAMES,
  type DayOfWeek,
  type PartOfDay,
  type Slot,
} from './availability';
import { weekdayOf, type IsoDate } from './dates';
import { checkEligibility } from './eligibility';
import { CLOSE_REASON_LABELS, type CloseReason } from './referral-closure';
import { compareWaiting, waitWeeks } from './waiting-list';
import { count } from './plural';

export interface CandidateReferral {
  id: string;
  referralDate: IsoDate;
  urgent: boolean;
  borough: string;
  status: string;
  availability: readonly Slot[];
}

export interface Candidate<R extends CandidateReferral> {
  referral: R;
  why: string;
}

const DAYS: readonly DayOfWeek[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** Morning before 12:00, afternoon 12:00 to 17:00, evening from 17:00. */
export function partOfDayFor(startTime: string): PartOfDay {
  const [h = 0, m = 0] = startTime.split(':').map(Number);
  const minutes = h * 60 + m;
  if (minutes < 12 * 60) return 'morning';
  return minutes < 17 * 60 ? 'afternoon' : 'evening';
}

/** A cohort meets weekly on its start date's day of the week, weekends included. */
export function dayFor(date: IsoDate): DayOfWeek {
  return DAYS[weekdayOf(date)] ?? 'mon';
}

/** Free at the cohort's day and time: that one slot is in their availability. */
export function fitsCohort(
  availability: CandidateReferral['availability'],
  cohort: { startDate: IsoDate; startTime: string },
): boolean {
  return hasSlot(availability, dayFor(cohort.startDate), partOfDayFor(cohort.startTime));
}

/** The cohort's weekly slot as people say it: "Monday evenings". */
export function cohortSlotName(cohort: { startDate: IsoDate; startTime: string }): string {
  return `${DAY_NAMES[dayFor(cohort.startDate)]} ${PART_NAMES[partOfDayFor(cohort.startTime)]}s`;
}

// Why someone on the waiting list is, or is not, suggested for a place. One
// rule answers both "who is suggested" (no reasons) and the search of the whole list (each
// person's reasons), so the two can never disagree.

export const NOT_SUGGESTED_CODES = [
  'closed',
  'placed',
  'ineligible',
  'open_offer',
  'offered_this_place',
  'not_available',
] as const;
export type NotSuggestedCode = (typeof NOT_SUGGESTED_CODES)[number];

export interface NotSuggested {
  code: NotSuggestedCode;
  /** "not available on Monday evenings", said as the admin reads it. */
  text: string;
  /** True when the person cannot be offered the place at all; otherwise an admin may still
   * offer it after confirming. */
  blocks: boolean;
}

export interface FitReferral extends CandidateReferral {
  participantId?: string;
  closure?: { reason: CloseReason } | null;
}

export interface FitContext {
  cohort: { startDate: IsoDate; startTime: string };
  /** People holding an open offer for any place (as the records stand at this moment). */
  openOfferReferralIds: ReadonlySet<string>;
  /** How each earlier offer of this place ended, by person (declined, expired). */
  offeredThisPlace?: ReadonlyMap<string, string>;
  /** People holding a place in a planned or running cohort. */
  placedParticipantIds?: ReadonlySet<string>;
}

/** Every reason this person would not be suggested for the place, in the order an admin
 * should read them (the ones that block first); none means they are suggested. */
export function whyNotSuggested(r: FitReferral, c: FitContext): NotSuggested[] {
  const reasons: NotSuggested[] = [];
  const add = (code: NotSuggestedCode, text: string, blocks: boolean) =>
    reasons.push({ code, text, blocks });
  if (r.status === 'closed') {
    const why = r.closure ? CLOSE_REASON_LABELS[r.closure.reason].toLowerCase() : null;
    add('closed', why ? `closed (${why})` : 'closed', true);
  }
  const placed =
    r.status === 'enrolled' ||
    (r.participantId !== undefined && Boolean(c.placedParticipantIds?.has(r.participantId)));
  if (placed) add('placed', 'already placed in a cohort', true);
  const eligibility = checkEligibility(r.borough);
  if (!eligibility.eligible) add('ineligible', `not eligible (${r.borough})`, true);
  if (r.status === 'offered' || c.openOfferReferralIds.has(r.id))
    add('open_offer', 'already has an open offer', true);
  const before = c.offeredThisPlace?.get(r.id);
  if (before) add('offered_this_place', `already offered this place (${before})`, false);
  if (!fitsCohort(r.availability, c.cohort)) {
    add('not_available', `not available on ${cohortSlotName(c.cohort)}`, false);
  }
  return reasons;
}

/** Suggested: nothing stands in the way. */
export function isSuggested(r: FitReferral, c: FitContext): boolean {
  return whyNotSuggested(r, c).length === 0;
}

/** May be offered the place, by suggestion or after an admin confirms the soft reasons. */
export function canBeOffered(reasons: readonly NotSuggested[]): boolean {
  return reasons.every((reason) => !reason.blocks);
}

/** docs/domain.md "a freed place is offered to someone waiting": the people `whyNotSuggested` finds
 * nothing against (eligible, still waiting, free at the cohort's day and time, no open offer
 * anywhere, not offered this place before); urgent first, then longest waiting. */
export function suggestCandidates<R extends FitReferral>(
  input: FitContext & { referrals: readonly R[]; today: IsoDate; limit?: number },
): Candidate<R>[] {
  const day = dayFor(input.cohort.startDate);
  const part = partOfDayFor(input.cohort.startTime);
  return input.referrals
    .filter((r) => isSuggested(r, input))
    .sort(compareWaiting)
    .slice(0, input.limit ?? 10)
    .map((referral) => {
      const weeks = waitWeeks(referral.referralDate, input.today);
      const waited = `waiting ${count(weeks, 'week')}`;
      const free = `free on ${DAY_NAMES[day]} ${PART_NAMES[part]}s`;
      return {
        referral,
        why: [referral.urgent ? 'Urgent referral' : null, waited, free]
          .filter(Boolean)
          .join(', ')
          .replace(/^w/, 'W'),
      };
    });
}
