import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/dates';
import { lifecycleStatus, nextSession, type TimedSession } from '../../src/domain/lifecycle';
import { sessionStartsAt } from '../../src/domain/session-start';

const weekly = (first: string, n = 8, startTime = '13:00'): TimedSession[] =>
  Array.from({ length: n }, (_, i) => ({
    number: i + 1,
    date: addDays(first, 7 * i),
    startTime,
    status: 'scheduled' as const,
  }));

describe('nextSession', () => {
  const sessions = weekly('2026-11-05');

  it('is the first session that has not started yet', () => {
    expect(nextSession('planned', sessions, new Date('2026-11-01T09:00:00Z'))?.number).toBe(1);
    // Session 2 (12 Nov, 13:00) is held by 15:00 that day: next is session 3, not 2.
    expect(nextSession('running', sessions, new Date('2026-11-12T15:00:00Z'))?.number).toBe(3);
    expect(nextSession('running', sessions, new Date('2026-11-12T12:59:00Z'))?.number).toBe(2);
  });

  it('is never a session of a cancelled cohort', () => {
    expect(nextSession('cancelled', sessions, new Date('2026-11-01T09:00:00Z'))).toBeNull();
  });

  it('skips sessions the provider cancelled and is null once the last has been held', () => {
    const cancelled = sessions.map((s) =>
      s.number === 1 ? { ...s, status: 'cancelled_by_provider' as const } : s,
    );
    expect(nextSession('planned', cancelled, new Date('2026-11-01T09:00:00Z'))?.number).toBe(2);
    expect(nextSession('running', sessions, new Date('2026-12-24T14:00:00Z'))).toBeNull();
  });

  it('for any moment, is a scheduled session still to come, and none comes between', () => {
    const moment = fc.date({
      min: new Date('2026-10-01T00:00:00Z'),
      max: new Date('2027-02-01T00:00:00Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(moment, fc.constantFrom('planned', 'cancelled'), (now, stored) => {
        const next = nextSession(stored as 'planned' | 'cancelled', sessions, now);
        const start = (s: TimedSession) => sessionStartsAt(s.date, s.startTime).getTime();
        const ahead = sessions.filter((s) => start(s) > now.getTime());
        if (stored === 'cancelled' || ahead.length === 0) {
          expect(next).toBeNull();
          return;
        }
        expect(next).not.toBeNull();
        expect(start(next!)).toBeGreaterThan(now.getTime());
        expect(ahead.every((s) => start(s) >= start(next!))).toBe(true);
        // A cohort with a next session has not completed.
        expect(lifecycleStatus('planned', sessions, now)).not.toBe('completed');
      }),
    );
  });
});
