import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  easterSunday,
  englandWalesBankHolidays,
  isBankHoliday,
} from '../../src/domain/bank-holidays';
import { weekdayOf } from '../../src/domain/dates';

// Published gov.uk lists for England and Wales.
const GOV_UK: Record<number, string[]> = {
  2020: [
    '2020-01-01',
    '2020-04-10',
    '2020-04-13',
    '2020-05-08',
    '2020-05-25',
    '2020-08-31',
    '2020-12-25',
    '2020-12-28',
  ],
  2021: [
    '2021-01-01',
    '2021-04-02',
    '2021-04-05',
    '2021-05-03',
    '2021-05-31',
    '2021-08-30',
    '2021-12-27',
    '2021-12-28',
  ],
  2022: [
    '2022-01-03',
    '2022-04-15',
    '2022-04-18',
    '2022-05-02',
    '2022-06-02',
    '2022-06-03',
    '2022-08-29',
    '2022-09-19',
    '2022-12-26',
    '2022-12-27',
  ],
  2023: [
    '2023-01-02',
    '2023-04-07',
    '2023-04-10',
    '2023-05-01',
    '2023-05-08',
    '2023-05-29',
    '2023-08-28',
    '2023-12-25',
    '2023-12-26',
  ],
  2024: [
    '2024-01-01',
    '2024-03-29',
    '2024-04-01',
    '2024-05-06',
    '2024-05-27',
    '2024-08-26',
    '2024-12-25',
    '2024-12-26',
  ],
  2025: [
    '2025-01-01',
    '2025-04-18',
    '2025-04-21',
    '2025-05-05',
    '2025-05-26',
    '2025-08-25',
    '2025-12-25',
    '2025-12-26',
  ],
  2026: [
    '2026-01-01',
    '2026-04-03',
    '2026-04-06',
    '2026-05-04',
    '2026-05-25',
    '2026-08-31',
    '2026-12-25',
    '2026-12-28',
  ],
  2027: [
    '2027-01-01',
    '2027-03-26',
    '2027-03-29',
    '2027-05-03',
    '2027-05-31',
    '2027-08-30',
    '2027-12-27',
    '2027-12-28',
  ],
};

describe('englandWalesBankHolidays', () => {
  it.each(Object.entries(GOV_UK))('matches gov.uk for %s', (year, expected) => {
    expect(englandWalesBankHolidays(Number(year))).toEqual(expected);
  });

  it('computes Easter Sunday by the Gregorian computus', () => {
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2038)).toBe('2038-04-25');
    expect(easterSunday(2285)).toBe('2285-03-22');
  });
});

describe('isBankHoliday', () => {
  it('knows holidays and ordinary days', () => {
    expect(isBankHoliday('2026-04-06')).toBe(true);
    expect(isBankHoliday('2026-12-28')).toBe(true);
    expect(isBankHoliday('2026-12-26')).toBe(false);
    expect(isBankHoliday('2026-04-07')).toBe(false);
    expect(isBankHoliday('2020-05-04')).toBe(false);
    expect(isBankHoliday('2022-05-30')).toBe(false);
  });

  it('gives the same answer on repeated (memoised) calls', () => {
    expect(isBankHoliday('2030-12-25')).toBe(true);
    expect(isBankHoliday('2030-12-25')).toBe(true);
    expect(isBankHoliday('2030-12-24')).toBe(false);
  });
});

describe('properties', () => {
  it('every year 1990-2100 has at least 8 holidays, all weekdays, sorted and unique', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2100 }), (year) => {
        const days = englandWalesBankHolidays(year);
        expect(days.length).toBeGreaterThanOrEqual(8);
        expect(new Set(days).size).toBe(days.length);
        expect([...days].sort()).toEqual(days);
        for (const d of days) {
          expect(d.startsWith(`${year}-`)).toBe(true);
          expect([0, 6]).not.toContain(weekdayOf(d));
          expect(isBankHoliday(d)).toBe(true);
        }
      }),
    );
  });
});
