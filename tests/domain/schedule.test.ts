import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isBankHoliday } from '../../src/domain/bank-holidays';
import { addDays, daysBetween, weekdayOf } from '../../src/domain/dates';
import {
  DEFAULT_TOPICS,
  ScheduleError,
  generateSchedule,
  rescheduleSession,
} from '../../src/domain/schedule';

const dates = (s: { date: string }[]): string[] => s.map((x) => x.date);

describe('generateSchedule: course', () => {
  it('runs eight weekly sessions with the default topics in order', () => {
    const s = generateSchedule({ type: 'course', startDate: '2026-01-06' });
    expect(s.map((x) => x.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(s.map((x) => x.topic)).toEqual([...DEFAULT_TOPICS]);
    expect(s[0]?.topic).toBe('Why pain persists');
    expect(s[7]?.topic).toBe('Medication and how it works with pain');
    expect(dates(s)).toEqual([
      '2026-01-06',
      '2026-01-13',
      '2026-01-20',
      '2026-01-27',
      '2026-02-03',
      '2026-02-10',
      '2026-02-17',
      '2026-02-24',
    ]);
  });

  it('starts a week later on Easter Monday and skips the May bank holidays', () => {
    expect(dates(generateSchedule({ type: 'course', startDate: '2026-04-06' }))).toEqual([
      '2026-04-13',
      '2026-04-20',
      '2026-04-27',
      '2026-05-11',
      '2026-05-18',
      '2026-06-01',
      '2026-06-08',
      '2026-06-15',
    ]);
  });

  it('starting on the early May bank holiday', () => {
    expect(dates(generateSchedule({ type: 'course', startDate: '2026-05-04' }))).toEqual([
      '2026-05-11',
      '2026-05-18',
      '2026-06-01',
      '2026-06-08',
      '2026-06-15',
      '2026-06-22',
      '2026-06-29',
      '2026-07-06',
    ]);
  });

  it('keeps stepping a week when the moved date is also a holiday (Christmas, New Year)', () => {
    expect(dates(generateSchedule({ type: 'course', startDate: '2026-12-18' }))).toEqual([
      '2026-12-18',
      '2027-01-08',
      '2027-01-15',
      '2027-01-22',
      '2027-01-29',
      '2027-02-05',
      '2027-02-12',
      '2027-02-19',
    ]);
  });

  it('uses an edited topic plan and refuses one of the wrong length', () => {
    const topics = DEFAULT_TOPICS.map((t, i) => (i === 0 ? 'Welcome' : t));
    expect(generateSchedule({ type: 'course', startDate: '2026-01-06', topics })[0]?.topic).toBe(
      'Welcome',
    );
    expect(() =>
      generateSchedule({
        type: 'course',
        startDate: '2026-01-06',
        topics: DEFAULT_TOPICS.slice(1),
      }),
    ).toThrow(ScheduleError);
  });

  it('refuses an invalid start date', () => {
    expect(() => generateSchedule({ type: 'course', startDate: '2026-02-30' })).toThrow(
      ScheduleError,
    );
  });
});

describe('generateSchedule: workshop', () => {
  it('is one session on the start date', () => {
    expect(
      generateSchedule({
        type: 'workshop',
        startDate: '2026-12-29',
        workshopTopic: 'Flare-up plans',
      }),
    ).toEqual([{ number: 1, date: '2026-12-29', topic: 'Flare-up plans' }]);
  });

  it('moves a week on a bank holiday and defaults its topic', () => {
    expect(generateSchedule({ type: 'workshop', startDate: '2026-12-28' })).toEqual([
      { number: 1, date: '2027-01-04', topic: 'Workshop' },
    ]);
  });
});

describe('rescheduleSession', () => {
  const base = generateSchedule({ type: 'course', startDate: '2026-01-06' });

  it('moves one session and leaves the input untouched', () => {
    const moved = rescheduleSession(base, 3, '2026-01-22');
    expect(moved[2]).toEqual({ number: 3, date: '2026-01-22', topic: DEFAULT_TOPICS[2] });
    expect(dates(moved).filter((d, i) => d !== base[i]?.date)).toEqual(['2026-01-22']);
    expect(base[2]?.date).toBe('2026-01-20');
  });

  it('refuses a bank holiday', () => {
    const spring = generateSchedule({ type: 'course', startDate: '2026-04-14' });
    expect(() => rescheduleSession(spring, 3, '2026-05-04')).toThrow(ScheduleError);
  });

  it('refuses a date that breaks the order of sessions', () => {
    expect(() => rescheduleSession(base, 3, '2026-01-13')).toThrow(ScheduleError);
    expect(() => rescheduleSession(base, 3, '2026-01-27')).toThrow(ScheduleError);
    expect(() => rescheduleSession(base, 3, '2026-01-10')).toThrow(ScheduleError);
    expect(() => rescheduleSession(base, 1, '2026-01-14')).toThrow(ScheduleError);
    expect(rescheduleSession(base, 1, '2025-12-30')[0]?.date).toBe('2025-12-30');
    expect(rescheduleSession(base, 8, '2026-03-31')[7]?.date).toBe('2026-03-31');
  });

  it('refuses an unknown session or invalid date', () => {
    expect(() => rescheduleSession(base, 9, '2026-04-01')).toThrow(ScheduleError);
    expect(() => rescheduleSession(base, 2, '2026-01-32')).toThrow(ScheduleError);
  });
});

const startDate = fc
  .integer({ min: 0, max: daysBetween('2024-01-01', '2030-12-31') })
  .map((n) => addDays('2024-01-01', n));

describe('properties', () => {
  it('a course is 8 whole-week-apart sessions, increasing, same weekday, never on a bank holiday', () => {
    fc.assert(
      fc.property(startDate, (start) => {
        const s = generateSchedule({ type: 'course', startDate: start });
        expect(s).toHaveLength(8);
        const first = s[0]?.date ?? '';
        expect(daysBetween(start, first) % 7).toBe(0);
        expect(daysBetween(start, first)).toBeGreaterThanOrEqual(0);
        s.forEach((session, i) => {
          expect(isBankHoliday(session.date)).toBe(false);
          expect(weekdayOf(session.date)).toBe(weekdayOf(first));
          const prev = s[i - 1];
          if (prev) {
            const gap = daysBetween(prev.date, session.date);
            expect(gap).toBeGreaterThan(0);
            expect(gap % 7).toBe(0);
          }
        });
      }),
      { numRuns: 500 },
    );
  });

  it('a session only moves past a week when that week is a bank holiday', () => {
    fc.assert(
      fc.property(startDate, (start) => {
        const s = generateSchedule({ type: 'course', startDate: start });
        let expected = start;
        for (const session of s) {
          for (; expected < session.date; expected = addDays(expected, 7)) {
            expect(isBankHoliday(expected)).toBe(true);
          }
          expected = addDays(session.date, 7);
        }
      }),
    );
  });
});
