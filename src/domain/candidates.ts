import { weekdayOf, type IsoDate } from './dates';
import { checkEligibility } from './eligibility';
import { compareWaiting, waitWeeks } from './waiting-list';

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri';
export type PartOfDay = 'morning' | 'afternoon' | 'evening';

export interface CandidateReferral {
  id: string;
  referralDate: IsoDate;
  urgent: boolean;
  borough: string;
  status: string;
  availability: { days: readonly Weekday[]; times: readonly PartOfDay[] };
}

export interface Candidate<R extends CandidateReferral> {
  referral: R;
  why: string;
}

const WEEKDAYS: (Weekday | null)[] = [null, 'mon', 'tue', 'wed', 'thu', 'fri', null];
const DAY_NAMES: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
};
const PART_NAMES: Record<PartOfDay, string> = {
  morning: 'mornings',
  afternoon: 'afternoons',
  evening: 'evenings',
};

/** Issue 6: morning before 12:00, afternoon 12:00 to 17:00, evening from 17:00. */
export function partOfDayFor(startTime: string): PartOfDay {
  const [h = 0, m = 0] = startTime.split(':').map(Number);
  const minutes = h * 60 + m;
  if (minutes < 12 * 60) return 'morning';
  return minutes < 17 * 60 ? 'afternoon' : 'evening';
}

/** A cohort meets weekly on its start date's weekday; weekend cohorts fit no one's weekday availability. */
export function weekdayFor(date: IsoDate): Weekday | null {
  return WEEKDAYS[weekdayOf(date)] ?? null;
}

export function fitsCohort(
  availability: CandidateReferral['availability'],
  cohort: { startDate: IsoDate; startTime: string },
): boolean {
  const day = weekdayFor(cohort.startDate);
  return (
    day !== null &&
    availability.days.includes(day) &&
    availability.times.includes(partOfDayFor(cohort.startTime))
  );
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
  const day = weekdayFor(input.cohort.startDate);
  const part = partOfDayFor(input.cohort.startTime);
  if (!day) return [];
  return input.referrals
    .filter((r) => r.status === 'waiting' && checkEligibility(r.borough).eligible)
    .filter((r) => !input.openOfferReferralIds.has(r.id) && !input.alreadyOfferedIds?.has(r.id))
    .filter((r) => fitsCohort(r.availability, input.cohort))
    .sort(compareWaiting)
    .slice(0, input.limit ?? 10)
    .map((referral) => {
      const weeks = waitWeeks(referral.referralDate, input.today);
      const waited = `waiting ${weeks} ${weeks === 1 ? 'week' : 'weeks'}`;
      const free = `free on ${DAY_NAMES[day]} ${PART_NAMES[part]}`;
      return {
        referral,
        why: [referral.urgent ? 'Urgent referral' : null, waited, free]
          .filter(Boolean)
          .join(', ')
          .replace(/^w/, 'W'),
      };
    });
}
