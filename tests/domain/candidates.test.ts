import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fitsCohort,
  partOfDayFor,
  suggestCandidates,
  dayFor,
  type CandidateReferral,
} from '../../src/domain/candidates';
import { DAYS_OF_WEEK, PARTS_OF_DAY } from '../../src/domain/availability';
import { addDays } from '../../src/domain/dates';

const TODAY = '2026-11-23';
// 2026-11-24 is a Tuesday.
const TUESDAY_MORNING = { startDate: '2026-11-24', startTime: '10:00' };

const person = (id: string, extra: Partial<CandidateReferral> = {}): CandidateReferral => ({
  id,
  referralDate: '2026-09-01',
  urgent: false,
  borough: 'Islington',
  status: 'waiting',
  availability: [{ day: 'tue', time: 'morning' }],
  ...extra,
});

describe('partOfDayFor and dayFor', () => {
  it('splits the day at 12:00 and 17:00', () => {
    expect(['09:00', '11:59', '12:00', '16:59', '17:00', '19:30'].map(partOfDayFor)).toEqual([
      'morning',
      'morning',
      'afternoon',
      'afternoon',
      'evening',
      'evening',
    ]);
  });
  it('gives weekend cohorts their own day', () => {
    expect(dayFor('2026-11-24')).toBe('tue');
    expect(dayFor('2026-11-28')).toBe('sat');
    expect(dayFor('2026-11-29')).toBe('sun');
  });
});

describe('suggestCandidates', () => {
  it('puts urgent people first, then the longest waiting, and says why they fit', () => {
    const list = suggestCandidates({
      cohort: TUESDAY_MORNING,
      today: TODAY,
      openOfferReferralIds: new Set(),
      referrals: [
        person('a', { referralDate: '2026-06-01' }),
        person('b', { urgent: true, referralDate: '2026-11-01' }),
        person('c', { referralDate: '2026-03-01' }),
      ],
    });
    expect(list.map((c) => c.referral.id)).toEqual(['b', 'c', 'a']);
    expect(list[0]?.why).toBe('Urgent referral, waiting 3 weeks, free on Tuesday mornings');
    expect(list[1]?.why).toBe('Waiting 38 weeks, free on Tuesday mornings');
  });

  it('leaves out people who do not fit, hold an offer, were offered this place, are not waiting or not eligible', () => {
    const list = suggestCandidates({
      cohort: TUESDAY_MORNING,
      today: TODAY,
      openOfferReferralIds: new Set(['offered-elsewhere']),
      offeredThisPlace: new Map([['declined', 'declined']]),
      referrals: [
        person('fits'),
        person('wrong-day', { availability: [{ day: 'wed', time: 'morning' }] }),
        person('wrong-time', {
          availability: [
            { day: 'tue', time: 'evening' },
            { day: 'sat', time: 'morning' },
          ],
        }),
        person('offered-elsewhere'),
        person('declined'),
        person('enrolled', { status: 'enrolled' }),
        person('camden', { borough: 'Camden' }),
      ],
    });
    expect(list.map((c) => c.referral.id)).toEqual(['fits']);
  });

  it('suggests people free on a Saturday morning for a Saturday cohort, and only them', () => {
    const list = suggestCandidates({
      cohort: { startDate: '2026-11-28', startTime: '10:00' },
      today: TODAY,
      openOfferReferralIds: new Set(),
      referrals: [
        person('weekdays-only'),
        person('saturday', { availability: [{ day: 'sat', time: 'morning' }] }),
        person('saturday-evening', { availability: [{ day: 'sat', time: 'evening' }] }),
      ],
    });
    expect(list.map((c) => [c.referral.id, c.why])).toEqual([
      ['saturday', 'Waiting 11 weeks, free on Saturday mornings'],
    ]);
  });
});

const day = fc.constantFrom(...DAYS_OF_WEEK);
const part = fc.constantFrom(...PARTS_OF_DAY);
const referral = fc.record({
  id: fc.uuid(),
  referralDate: fc.integer({ min: 0, max: 700 }).map((n) => addDays('2025-01-01', n)),
  urgent: fc.boolean(),
  borough: fc.constantFrom('Islington', 'Islington', 'Camden', 'Hackney'),
  status: fc.constantFrom('waiting', 'waiting', 'offered', 'enrolled'),
  availability: fc.uniqueArray(fc.record({ day, time: part }), {
    maxLength: 21,
    selector: (s) => `${s.day}:${s.time}`,
  }),
});
const scenario = fc.record({
  referrals: fc.uniqueArray(referral, { maxLength: 40, selector: (r) => r.id }),
  startDate: fc.integer({ min: 0, max: 30 }).map((n) => addDays('2026-11-23', n)),
  startTime: fc.constantFrom('09:30', '11:59', '12:00', '14:00', '16:59', '17:00', '18:30'),
  offeredMask: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
});

describe('suggestCandidates properties', () => {
  it('orders urgent first then by referral date, never includes an open offer, always fits', () => {
    fc.assert(
      fc.property(scenario, ({ referrals, startDate, startTime, offeredMask }) => {
        const open = new Set(referrals.filter((_, i) => offeredMask[i]).map((r) => r.id));
        const cohort = { startDate, startTime };
        const list = suggestCandidates({
          cohort,
          referrals,
          openOfferReferralIds: open,
          today: TODAY,
          limit: 100,
        });
        for (const { referral: r } of list) {
          expect(open.has(r.id)).toBe(false);
          expect(fitsCohort(r.availability, cohort)).toBe(true);
          expect(r.status).toBe('waiting');
        }
        for (let i = 1; i < list.length; i += 1) {
          const a = list[i - 1]!.referral;
          const b = list[i]!.referral;
          expect(Number(b.urgent) <= Number(a.urgent)).toBe(true);
          if (a.urgent === b.urgent) expect(a.referralDate <= b.referralDate).toBe(true);
        }
        // Nobody who qualifies is missed.
        const qualifying = referrals.filter(
          (r) =>
            r.status === 'waiting' &&
            r.borough === 'Islington' &&
            !open.has(r.id) &&
            fitsCohort(r.availability, cohort),
        );
        expect(list).toHaveLength(qualifying.length);
      }),
    );
  });
});
