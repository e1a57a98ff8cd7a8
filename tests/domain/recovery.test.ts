import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isCase,
  recovered,
  reliablyDeteriorated,
  reliablyImproved,
  reliablyRecovered,
} from '../../src/domain/recovery';

const scores = fc.record({
  phq9: fc.integer({ min: 0, max: 27 }),
  gad7: fc.integer({ min: 0, max: 21 }),
});

describe('caseness', () => {
  it('is PHQ-9 >= 10 or GAD-7 >= 8, at the boundaries', () => {
    expect(isCase({ phq9: 9, gad7: 7 })).toBe(false);
    expect(isCase({ phq9: 10, gad7: 0 })).toBe(true);
    expect(isCase({ phq9: 0, gad7: 8 })).toBe(true);
  });

  it('higher scores never make someone stop being a case', () => {
    fc.assert(
      fc.property(scores, fc.nat(5), fc.nat(5), (s, up1, up2) => {
        if (isCase(s))
          expect(
            isCase({ phq9: Math.min(27, s.phq9 + up1), gad7: Math.min(21, s.gad7 + up2) }),
          ).toBe(true);
      }),
    );
  });
});

describe('reliable change', () => {
  it('PHQ-9 down 6 or GAD-7 down 4 is improvement; 5 and 3 are not', () => {
    expect(reliablyImproved({ phq9: 15, gad7: 10 }, { phq9: 9, gad7: 10 })).toBe(true);
    expect(reliablyImproved({ phq9: 15, gad7: 10 }, { phq9: 15, gad7: 6 })).toBe(true);
    expect(reliablyImproved({ phq9: 15, gad7: 10 }, { phq9: 10, gad7: 7 })).toBe(false);
  });

  it('better on one and reliably worse on the other is deterioration, not improvement', () => {
    const first = { phq9: 20, gad7: 5 };
    const last = { phq9: 10, gad7: 9 };
    expect(reliablyDeteriorated(first, last)).toBe(true);
    expect(reliablyImproved(first, last)).toBe(false);
  });

  it('improvement and deterioration never hold together; no change is neither', () => {
    fc.assert(
      fc.property(scores, scores, (a, b) => {
        expect(reliablyImproved(a, b) && reliablyDeteriorated(a, b)).toBe(false);
        expect(reliablyImproved(a, a) || reliablyDeteriorated(a, a)).toBe(false);
      }),
    );
  });

  it('swapping first and last turns deterioration into a reliable fall on some measure', () => {
    fc.assert(
      fc.property(scores, scores, (a, b) => {
        if (reliablyDeteriorated(a, b) && !reliablyDeteriorated(b, a))
          expect(reliablyImproved(b, a)).toBe(true);
      }),
    );
  });
});

describe('recovery', () => {
  it('a case at the start, not at the end, with two attended sessions', () => {
    expect(recovered({ phq9: 12, gad7: 9 }, { phq9: 9, gad7: 7 }, 2)).toBe(true);
    expect(recovered({ phq9: 12, gad7: 9 }, { phq9: 9, gad7: 8 }, 8)).toBe(false);
  });

  it('is null for someone not a case at the start, with one session or with no second score', () => {
    expect(recovered({ phq9: 9, gad7: 7 }, { phq9: 2, gad7: 2 }, 8)).toBeNull();
    expect(recovered({ phq9: 12, gad7: 9 }, { phq9: 2, gad7: 2 }, 1)).toBeNull();
    expect(recovered({ phq9: 12, gad7: 9 }, null, 8)).toBeNull();
  });

  it('reliable recovery is recovery and reliable improvement together', () => {
    fc.assert(
      fc.property(scores, scores, fc.integer({ min: 0, max: 8 }), (a, b, n) => {
        const r = recovered(a, b, n);
        const rr = reliablyRecovered(a, b, n);
        if (r === null) expect(rr).toBeNull();
        else expect(rr).toBe(r && reliablyImproved(a, b));
      }),
    );
    // Recovered by one point (10 -> 9) is not reliable.
    expect(reliablyRecovered({ phq9: 10, gad7: 5 }, { phq9: 9, gad7: 5 }, 3)).toBe(false);
  });
});
