import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { personOutcome, summariseOutcomes, type SessionScores } from '../../src/domain/outcomes';

const at = (n: number, phq9: number | null, gad7: number | null, wsas: number | null = null) =>
  ({
    sessionId: `s${n}`,
    sessionNumber: n,
    date: `2026-01-0${n}`,
    totals: { phq9, gad7, wsas },
  }) satisfies SessionScores;

describe('personOutcome', () => {
  it('pairs the first and last sessions with both PHQ-9 and GAD-7, whatever the order given', () => {
    const o = personOutcome(
      'e1',
      [at(5, 6, 4), at(1, null, 9), at(2, 14, 9, 20), at(3, 12, null)],
      5,
    );
    expect(o.first).toMatchObject({ sessionNumber: 2, phq9: 14, gad7: 9, wsas: 20 });
    expect(o.last).toMatchObject({ sessionNumber: 5, phq9: 6, gad7: 4 });
    expect(o).toMatchObject({
      recovered: true,
      reliablyImproved: true,
      reliablyDeteriorated: false,
    });
    expect(o.reliablyRecovered).toBe(true);
  });

  it('one measured session is no pair: nothing can be said of change', () => {
    const o = personOutcome('e1', [at(1, 14, 9)], 3);
    expect(o.last).toBeNull();
    expect(o).toMatchObject({
      recovered: null,
      reliablyImproved: null,
      reliablyDeteriorated: null,
    });
  });
});

describe('summariseOutcomes', () => {
  it('counts each figure over its own denominator', () => {
    const people = [
      personOutcome('a', [at(1, 15, 10), at(8, 5, 4)], 8), // case, recovered, improved
      personOutcome('b', [at(1, 12, 9), at(8, 11, 9)], 8), // case, not recovered
      personOutcome('c', [at(1, 4, 3), at(8, 10, 3)], 8), // not a case, deteriorated
      personOutcome('d', [at(1, 20, 15)], 1), // no pair
    ];
    const s = summariseOutcomes(people, 3);
    expect(s.pairedCompleteness).toEqual({ count: 3, of: 3, rate: 1 });
    expect(s.recovery).toEqual({ count: 1, of: 2, rate: 0.5 });
    expect(s.reliableRecovery).toEqual({ count: 1, of: 2, rate: 0.5 });
    expect(s.reliableImprovement).toEqual({ count: 1, of: 3, rate: 1 / 3 });
    expect(s.reliableDeterioration).toEqual({ count: 1, of: 3, rate: 1 / 3 });
    expect(s.meanChange).toEqual({ phq9: (-10 - 1 + 6) / 3, gad7: (-6 + 0 + 0) / 3 });
  });

  it('no one counted gives null rates, never a made-up 0', () => {
    const s = summariseOutcomes([], 0);
    expect(s.recovery.rate).toBeNull();
    expect(s.meanChange).toEqual({ phq9: null, gad7: null });
  });

  it('every count lies within its denominator and rates within [0, 1]', () => {
    const score = fc.option(fc.integer({ min: 0, max: 21 }), { nil: null });
    // One answer set per session, as stored.
    const person = fc.uniqueArray(fc.tuple(fc.integer({ min: 1, max: 8 }), score, score), {
      maxLength: 8,
      selector: ([n]) => n,
    });
    fc.assert(
      fc.property(fc.array(person, { maxLength: 12 }), (all) => {
        const people = all.map((rows, i) =>
          personOutcome(
            `p${i}`,
            rows.map(([n, p, g]) => at(n, p, g)),
            new Set(rows.map(([n]) => n)).size,
          ),
        );
        const finished = people.filter((_, i) => new Set(all[i]!.map(([n]) => n)).size >= 2).length;
        const s = summariseOutcomes(people, finished);
        for (const r of [
          s.pairedCompleteness,
          s.recovery,
          s.reliableImprovement,
          s.reliableDeterioration,
        ]) {
          expect(r.count).toBeLessThanOrEqual(r.of);
          if (r.rate !== null) expect(r.rate).toBeGreaterThanOrEqual(0);
        }
        expect(s.reliableRecovery.count).toBeLessThanOrEqual(s.recovery.count);
        expect(s.recovery.of).toBeLessThanOrEqual(s.pairedCompleteness.count);
      }),
    );
  });
});
