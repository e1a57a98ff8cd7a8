import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ATTENDANCE_CODES, type AttendanceCode } from '../../src/domain/attendance-codes';
import {
  absencesByCode,
  attendanceRate,
  completionStatus,
  countOn,
  median,
  medianOfCounts,
  ratio,
  vacancyFill,
} from '../../src/domain/metrics';
import {
  lastFourWeeks,
  monthEnd,
  monthsEndingAt,
  monthsIn,
  quarterOf,
} from '../../src/domain/periods';

const code = fc.constantFrom<AttendanceCode | null>(...ATTENDANCE_CODES, null);

describe('median', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
    expect(median([10, 2, 6])).toBe(6);
    expect(median([10, 6, 2, 4])).toBe(5);
  });

  it('is the same for any permutation, and lies between the smallest and largest value', () => {
    const valuesAndPermutation = fc
      .array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1 })
      .chain((vs) =>
        fc.tuple(
          fc.constant(vs),
          fc.shuffledSubarray(vs, { minLength: vs.length, maxLength: vs.length }),
        ),
      );
    fc.assert(
      fc.property(valuesAndPermutation, ([values, shuffled]) => {
        const m = median(values) as number;
        expect(median(shuffled)).toBe(m);
        expect(m).toBeGreaterThanOrEqual(Math.min(...values));
        expect(m).toBeLessThanOrEqual(Math.max(...values));
      }),
    );
  });

  it('of counts (value, times) is the median of the list they spell out', () => {
    const counts = fc.array(
      fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 4 })),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(counts, (pairs) => {
        const spelled = pairs.flatMap(([value, n]) => Array<number>(n).fill(value));
        expect(medianOfCounts(pairs)).toBe(median(spelled));
      }),
    );
  });
});

describe('attendanceRate', () => {
  it('counts 5 and 6 over sessions due; 4, 0 and unmarked are not due', () => {
    expect(attendanceRate([5, 6, 7, 2, 3, 4, 0, null])).toEqual({
      attended: 2,
      due: 5,
      rate: 2 / 5,
    });
    expect(attendanceRate([4, 0, null])).toEqual({ attended: 0, due: 0, rate: null });
  });

  it('is always in [0, 1], and never moved by a code-4, code-0 or unmarked session', () => {
    fc.assert(
      fc.property(
        fc.array(code),
        fc.constantFrom<AttendanceCode | null>(4, 0, null),
        (codes, notDue) => {
          const r = attendanceRate(codes);
          if (r.rate !== null) {
            expect(r.rate).toBeGreaterThanOrEqual(0);
            expect(r.rate).toBeLessThanOrEqual(1);
          }
          expect(attendanceRate([...codes, notDue])).toEqual(r);
        },
      ),
    );
  });

  it('an extra attended session never lowers the rate, an extra absence never raises it', () => {
    fc.assert(
      fc.property(fc.array(code), (codes) => {
        const before = attendanceRate(codes).rate ?? 0;
        expect(attendanceRate([...codes, 5]).rate).toBeGreaterThanOrEqual(before);
        expect(attendanceRate([...codes, 3]).rate ?? 0).toBeLessThanOrEqual(before);
      }),
    );
  });
});

describe('absences, completion, ratio and spans', () => {
  it('splits absences by code 2, 3 and 7, and their sum is the due minus the attended', () => {
    expect(absencesByCode([2, 2, 3, 7, 5, 4, null])).toEqual({ 2: 2, 3: 1, 7: 1 });
    fc.assert(
      fc.property(fc.array(code), (codes) => {
        const a = absencesByCode(codes);
        const r = attendanceRate(codes);
        expect(a[2] + a[3] + a[7]).toBe(r.due - r.attended);
      }),
    );
  });

  it('completion: reached, still reachable with the sessions left, or out of reach', () => {
    expect(completionStatus(6, 0, 6)).toBe('completed');
    expect(completionStatus(4, 2, 6)).toBe('on_track');
    expect(completionStatus(4, 1, 6)).toBe('cannot_complete');
  });

  it('ratio is null for nothing out of nothing', () => {
    expect(ratio(0, 0)).toBeNull();
    expect(ratio(7, 22)).toBe(7 / 22);
  });

  it('counts spans covering a day; the day a span ends is no longer covered', () => {
    const spans = [
      { from: '2026-01-01', until: '2026-02-01' },
      { from: '2026-01-15', until: null },
    ];
    expect(countOn(spans, '2025-12-31')).toBe(0);
    expect(countOn(spans, '2026-01-31')).toBe(2);
    expect(countOn(spans, '2026-02-01')).toBe(1);
  });
});

describe('periods', () => {
  it('last 4 weeks is 28 days including today', () => {
    expect(lastFourWeeks('2026-11-18')).toEqual({ from: '2026-10-22', to: '2026-11-18' });
  });

  it('finds calendar quarters and months across a year end', () => {
    expect(quarterOf('2026-11-18')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(quarterOf('2027-03-31')).toEqual({ from: '2027-01-01', to: '2027-03-31' });
    expect(monthsEndingAt('2027-02-10', 4)).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthsIn({ from: '2026-11-20', to: '2027-01-02' })).toEqual([
      '2026-11',
      '2026-12',
      '2027-01',
    ]);
    expect(monthEnd('2028-02', '2030-01-01')).toBe('2028-02-29');
    expect(monthEnd('2026-11', '2026-11-18')).toBe('2026-11-18');
  });
});

describe('vacancyFill', () => {
  const vacancy = fc.record({
    status: fc.constantFrom<'open' | 'filled' | 'closed'>('open', 'filled', 'closed'),
    offerableWhenOpened: fc.boolean(),
  });

  it('counts only places that could be offered: one freed after the cut-off is not "of y"', () => {
    expect(
      vacancyFill([
        { status: 'filled', offerableWhenOpened: true },
        { status: 'closed', offerableWhenOpened: false },
      ]),
    ).toEqual({ offerable: 1, filled: 1, tooLate: 1 });
    expect(vacancyFill([{ status: 'open', offerableWhenOpened: true }])).toEqual({
      offerable: 1,
      filled: 0,
      tooLate: 0,
    });
  });

  it('never fills more than it could offer, and every place is offerable or too late', () => {
    fc.assert(
      fc.property(fc.array(vacancy), (vs) => {
        const fill = vacancyFill(vs);
        expect(fill.filled).toBeLessThanOrEqual(fill.offerable);
        expect(fill.offerable + fill.tooLate).toBe(vs.length);
        expect(fill.filled).toBe(vs.filter((v) => v.status === 'filled').length);
      }),
    );
  });
});
