import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  compareIsoDate,
  daysBetween,
  isIsoDate,
  todayIso,
  weekdayOf,
} from '../../src/domain/dates';

describe('dates', () => {
  it('adds days across month, year and DST boundaries', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-28', 7)).toBe('2026-04-04');
    expect(addDays('2026-10-24', 7)).toBe('2026-10-31');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('gives the weekday with 0 = Sunday', () => {
    expect(weekdayOf('2026-04-05')).toBe(0);
    expect(weekdayOf('2026-04-06')).toBe(1);
    expect(weekdayOf('2026-12-26')).toBe(6);
  });

  it('compares ISO dates', () => {
    expect(compareIsoDate('2026-01-01', '2026-01-02')).toBe(-1);
    expect(compareIsoDate('2026-01-02', '2026-01-01')).toBe(1);
    expect(compareIsoDate('2026-01-01', '2026-01-01')).toBe(0);
    expect(['2026-03-01', '2025-12-31', '2026-01-15'].sort(compareIsoDate)).toEqual([
      '2025-12-31',
      '2026-01-15',
      '2026-03-01',
    ]);
  });

  it('validates ISO dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-1-01')).toBe(false);
    expect(isIsoDate('not a date')).toBe(false);
  });

  it('uses the London calendar date for today', () => {
    // 23:30 UTC in British Summer Time is already the next day in London.
    expect(todayIso(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    // In winter London is on UTC.
    expect(todayIso(new Date('2026-01-15T23:30:00Z'))).toBe('2026-01-15');
    expect(todayIso(new Date('2026-01-16T00:00:00Z'))).toBe('2026-01-16');
  });

  it('addDays and daysBetween are inverse', () => {
    const date = fc
      .date({
        min: new Date('2000-01-01T00:00:00Z'),
        max: new Date('2040-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(date, fc.integer({ min: -1000, max: 1000 }), (d, n) => {
        const moved = addDays(d, n);
        expect(isIsoDate(moved)).toBe(true);
        expect(daysBetween(d, moved)).toBe(n);
        expect(weekdayOf(moved)).toBe((((weekdayOf(d) + n) % 7) + 7) % 7);
      }),
    );
  });
});
