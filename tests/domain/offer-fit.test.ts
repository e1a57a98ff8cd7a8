import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAYS_OF_WEEK, PARTS_OF_DAY, type Slot } from '../../src/domain/availability';
import {
  canBeOffered,
  suggestCandidates,
  whyNotSuggested,
  type FitContext,
  type FitReferral,
} from '../../src/domain/candidates';
import { CLOSE_REASONS } from '../../src/domain/referral-closure';

// One rule says why anyone is not suggested for a place; the suggestions are
// exactly the people it finds nothing against.

// 2026-11-23 is a Monday; 18:30 is an evening.
const MONDAY_EVENING = { startDate: '2026-11-23', startTime: '18:30' };
const context = (over: Partial<FitContext> = {}): FitContext => ({
  cohort: MONDAY_EVENING,
  openOfferReferralIds: new Set(),
  ...over,
});
const person = (id: string, over: Partial<FitReferral> = {}): FitReferral => ({
  id,
  participantId: `p-${id}`,
  referralDate: '2026-08-01',
  urgent: false,
  borough: 'Islington',
  status: 'waiting',
  availability: [{ day: 'mon', time: 'evening' }],
  closure: null,
  ...over,
});
const texts = (r: FitReferral, c = context()) => whyNotSuggested(r, c).map((x) => x.text);

describe('whyNotSuggested', () => {
  it('finds nothing against someone waiting, eligible and free at the time', () => {
    expect(whyNotSuggested(person('a'), context())).toEqual([]);
  });

  it('says each reason as an admin reads it, and which ones stop an offer', () => {
    expect(texts(person('a', { availability: [{ day: 'mon', time: 'morning' }] }))).toEqual([
      'not available on Monday evenings',
    ]);
    expect(
      texts(person('b', { status: 'closed', closure: { reason: 'moved_out_of_area' } })),
    ).toEqual(['closed (moved out of area)']);
    expect(texts(person('c', { status: 'enrolled' }))).toEqual(['already placed in a cohort']);
    expect(texts(person('d'), context({ placedParticipantIds: new Set(['p-d']) }))).toEqual([
      'already placed in a cohort',
    ]);
    expect(texts(person('e', { status: 'offered' }))).toEqual(['already has an open offer']);
    expect(texts(person('f'), context({ openOfferReferralIds: new Set(['f']) }))).toEqual([
      'already has an open offer',
    ]);
    expect(texts(person('g', { borough: 'Camden' }))).toEqual(['not eligible (Camden)']);
    expect(texts(person('h'), context({ offeredThisPlace: new Map([['h', 'declined']]) }))).toEqual(
      ['already offered this place (declined)'],
    );
    const soft = whyNotSuggested(
      person('i', { availability: [] }),
      context({ offeredThisPlace: new Map([['i', 'expired']]) }),
    );
    expect(canBeOffered(soft)).toBe(true);
    expect(canBeOffered(whyNotSuggested(person('j', { status: 'enrolled' }), context()))).toBe(
      false,
    );
  });
});

const slotArb = fc.record({
  day: fc.constantFrom(...DAYS_OF_WEEK),
  time: fc.constantFrom(...PARTS_OF_DAY),
});
const referralArb = fc.record({
  id: fc.uuid(),
  referralDate: fc.constantFrom('2026-01-05', '2026-05-11', '2026-09-30'),
  urgent: fc.boolean(),
  borough: fc.constantFrom('Islington', 'Islington', 'Camden'),
  status: fc.constantFrom('waiting', 'waiting', 'offered', 'enrolled', 'closed'),
  availability: fc.uniqueArray(slotArb, { selector: (s: Slot) => `${s.day}:${s.time}` }),
  closure: fc.option(fc.record({ reason: fc.constantFrom(...CLOSE_REASONS) }), { nil: null }),
}) as fc.Arbitrary<FitReferral>;
const contextArb = fc
  .tuple(
    fc.constantFrom('2026-11-23', '2026-11-28', '2026-11-29'),
    fc.constantFrom('09:30', '13:00', '18:30'),
    fc.array(fc.boolean(), { maxLength: 30 }),
    fc.array(fc.constantFrom(null, 'declined', 'expired'), { maxLength: 30 }),
  )
  .map(([startDate, startTime, offerFlags, earlier]) => ({
    startDate,
    startTime,
    offerFlags,
    earlier,
  }));

describe('whyNotSuggested and the suggestions (properties)', () => {
  it('suggests exactly the people with no reasons, and each suggested one could be offered', () => {
    fc.assert(
      fc.property(fc.array(referralArb, { maxLength: 30 }), contextArb, (referrals, c) => {
        const fit = context({
          cohort: { startDate: c.startDate, startTime: c.startTime },
          openOfferReferralIds: new Set(
            referrals.filter((_, i) => c.offerFlags[i]).map((r) => r.id),
          ),
          offeredThisPlace: new Map(
            referrals.flatMap((r, i) => (c.earlier[i] ? [[r.id, c.earlier[i]] as const] : [])),
          ),
        });
        const suggested = suggestCandidates({
          ...fit,
          referrals,
          today: '2026-11-20',
          limit: 1000,
        });
        const ids = new Set(suggested.map((s) => s.referral.id));
        for (const r of referrals) {
          const reasons = whyNotSuggested(r, fit);
          expect(ids.has(r.id)).toBe(reasons.length === 0);
          if (reasons.length === 0) expect(canBeOffered(reasons)).toBe(true);
        }
      }),
    );
  });

  it('blocks an offer exactly when someone is closed, placed, ineligible or holds an open offer', () => {
    fc.assert(
      fc.property(referralArb, fc.boolean(), (r, holds) => {
        const fit = context({ openOfferReferralIds: new Set(holds ? [r.id] : []) });
        const blocked = r.status !== 'waiting' || r.borough === 'Camden' || holds;
        expect(canBeOffered(whyNotSuggested(r, fit))).toBe(!blocked);
      }),
    );
  });

  it('adding a slot never adds a reason, and only the cohort’s own slot removes one', () => {
    fc.assert(
      fc.property(referralArb, slotArb, contextArb, (r, slot, c) => {
        const fit = context({ cohort: { startDate: c.startDate, startTime: c.startTime } });
        const before = whyNotSuggested(r, fit).map((x) => x.code);
        const after = whyNotSuggested(
          {
            ...r,
            availability: [
              ...r.availability.filter((s) => s.day !== slot.day || s.time !== slot.time),
              slot,
            ],
          },
          fit,
        ).map((x) => x.code);
        expect(after.every((code) => before.includes(code))).toBe(true);
        expect(
          before.filter((code) => !after.includes(code)).every((x) => x === 'not_available'),
        ).toBe(true);
      }),
    );
  });
});
