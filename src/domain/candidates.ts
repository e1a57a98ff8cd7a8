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
import { compareWaiting, waitWeeks } from './waiting-list';

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

/** Issue 6: morning before 12:00, afternoon 12:00 to 17:00, evening from 17:00. */
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

/** DOMAIN.md "a freed place is offered to someone waiting": eligible people still waiting whose
 * availability fits the cohort's day and time, with no open offer anywhere and not already
 * offered this place; urgent first, then longest waiting. */
export function suggestCandidates<R extends CandidateReferral>(input: {
  cohort: { startDate: IsoDate; startTime: string };
  referrals: readonly R[];
  /** People holding an open offer for any vacancy. */
  openOfferReferralIds: ReadonlySet<string>;
  /** People this vacancy was already offered to (they declined or let it expire). */
  alreadyOfferedIds?: ReadonlySet<string>;
  today: IsoDate;
  limit?: number;
}): Candidate<R>[] {
  const day = dayFor(input.cohort.startDate);
  const part = partOfDayFor(input.cohort.startTime);
  return input.referrals
    .filter((r) => r.status === 'waiting' && checkEligibility(r.borough).eligible)
    .filter((r) => !input.openOfferReferralIds.has(r.id) && !input.alreadyOfferedIds?.has(r.id))
    .filter((r) => fitsCohort(r.availability, input.cohort))
    .sort(compareWaiting)
    .slice(0, input.limit ?? 10)
    .map((referral) => {
      const weeks = waitWeeks(referral.referralDate, input.today);
      const waited = `waiting ${weeks} ${weeks === 1 ? 'week' : 'weeks'}`;
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
