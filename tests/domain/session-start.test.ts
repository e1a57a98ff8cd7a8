import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/dates';
import { notStartedYet, sessionStartsAt } from '../../src/domain/session-start';

const iso = (d: Date) => d.toISOString();

describe('sessionStartsAt (London wall time to an instant)', () => {
  it('reads a winter date as GMT and a summer date as BST', () => {
    expect(iso(sessionStartsAt('2026-01-15', '18:00'))).toBe('2026-01-15T18:00:00.000Z');
    expect(iso(sessionStartsAt('2026-07-15', '18:00'))).toBe('2026-07-15T17:00:00.000Z');
    expect(iso(sessionStartsAt('2026-07-15', '00:30'))).toBe('2026-07-14T23:30:00.000Z');
  });

  it('follows the clock changes: last Sunday of March and of October', () => {
    // 2026: BST from 01:00 UTC on 29 March to 01:00 UTC on 25 October.
    expect(iso(sessionStartsAt('2026-03-28', '10:00'))).toBe('2026-03-28T10:00:00.000Z');
    expect(iso(sessionStartsAt('2026-03-29', '10:00'))).toBe('2026-03-29T09:00:00.000Z');
    expect(iso(sessionStartsAt('2026-10-24', '10:00'))).toBe('2026-10-24T09:00:00.000Z');
    expect(iso(sessionStartsAt('2026-10-25', '10:00'))).toBe('2026-10-25T10:00:00.000Z');
    // 00:30 on the spring day is still GMT; 03:00 already BST.
    expect(iso(sessionStartsAt('2026-03-29', '00:30'))).toBe('2026-03-29T00:30:00.000Z');
    expect(iso(sessionStartsAt('2026-03-29', '03:00'))).toBe('2026-03-29T02:00:00.000Z');
  });

  it('moves a time the clocks skip on by the hour skipped (01:30 is 02:30 BST)', () => {
    expect(iso(sessionStartsAt('2026-03-29', '01:30'))).toBe('2026-03-29T01:30:00.000Z');
  });

  it('gives back the same wall time in London, every day of the year', () => {
    const london = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3 * 366 }),
        // 02:00 to 23:59: never inside the spring gap (01:00 to 02:00).
        fc.integer({ min: 120, max: 24 * 60 - 1 }),
        (dayOffset, minutes) => {
          const date = addDays('2025-01-01', dayOffset);
          const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
          const back = london.format(sessionStartsAt(date, time));
          const [d, m, y] = date.split('-').reverse();
          expect(back).toBe(`${d}/${m}/${y}, ${time}`);
        },
      ),
    );
  });
});

describe('notStartedYet (finalising waits for the session to start)', () => {
  const session = { date: '2026-07-15', startTime: '18:00' };

  it('refuses a minute before the start, in London time, and says when it can be done', () => {
    expect(notStartedYet(session, new Date('2026-07-15T16:59:00Z'))).toBe(
      'You can finalise once the session has started at 18:00.',
    );
    // 17:30 UTC is 18:30 in London (BST): started, though UTC's clock says 17:30.
    expect(notStartedYet(session, new Date('2026-07-15T17:30:00Z'))).toBeNull();
  });

  it('allows it from the start itself, and on any later day', () => {
    expect(notStartedYet(session, new Date('2026-07-15T17:00:00Z'))).toBeNull();
    expect(notStartedYet(session, new Date('2026-08-01T09:00:00Z'))).toBeNull();
  });

  it('in winter the start is GMT: 18:00 is 18:00 UTC', () => {
    const winter = { date: '2026-12-02', startTime: '18:00' };
    expect(notStartedYet(winter, new Date('2026-12-02T17:59:59Z'))).not.toBeNull();
    expect(notStartedYet(winter, new Date('2026-12-02T18:00:00Z'))).toBeNull();
  });
});
