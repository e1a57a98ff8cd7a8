import { describe, expect, it } from 'vitest';
import { flagStatus, summariseAbsences } from '../../src/domain/absence';
import type { SessionAttendance } from '../../src/domain/absence';
import type { AttendanceCode } from '../../src/domain/attendance-codes';
import { addDays } from '../../src/domain/dates';

const START = '2026-01-05';

function records(codes: (AttendanceCode | null)[]): SessionAttendance[] {
  return codes.map((code, i) => ({
    sessionNumber: i + 1,
    date: addDays(START, 7 * i),
    topic: `Topic ${i + 1}`,
    code,
  }));
}

describe('flagStatus', () => {
  it('is at risk at the threshold and breached past it (default 2)', () => {
    expect(flagStatus(0, 2)).toBe('ok');
    expect(flagStatus(1, 2)).toBe('ok');
    expect(flagStatus(2, 2)).toBe('at_risk');
    expect(flagStatus(3, 2)).toBe('breached');
    expect(flagStatus(5, 2)).toBe('breached');
  });

  it('follows a changed threshold', () => {
    expect(flagStatus(2, 3)).toBe('ok');
    expect(flagStatus(3, 3)).toBe('at_risk');
    expect(flagStatus(1, 1)).toBe('at_risk');
    expect(flagStatus(2, 1)).toBe('breached');
  });

  it('never flags zero absences, even with threshold 0', () => {
    expect(flagStatus(0, 0)).toBe('ok');
    expect(flagStatus(1, 0)).toBe('breached');
  });
});

describe('summariseAbsences', () => {
  it.each([
    [5, 0],
    [6, 0],
    [7, 1],
    [2, 1],
    [3, 1],
    [4, 0],
    [0, 0],
    [null, 0],
  ] as const)('code %s counts %i absence(s)', (code, expected) => {
    expect(summariseAbsences(records([code]), { threshold: 2 }).absences).toBe(expected);
  });

  it('counts sessions held excluding unmarked, future and provider-cancelled', () => {
    const s = summariseAbsences(records([5, 6, 7, 2, 3, 4, 0, null]), { threshold: 2 });
    expect(s.sessionsHeld).toBe(5);
    expect(s.absences).toBe(3);
    expect(s.status).toBe('breached');
  });

  it('lists missed sessions and topics in session order whatever the input order', () => {
    const input = records([5, 3, 6, 2, 5]).reverse();
    const s = summariseAbsences(input, { threshold: 2 });
    expect(s.missed).toEqual([
      { sessionNumber: 2, date: '2026-01-12', code: 3 },
      { sessionNumber: 4, date: '2026-01-26', code: 2 },
    ]);
    expect(s.missedTopics).toEqual(['Topic 2', 'Topic 4']);
    expect(s.lastAttended).toBe('2026-02-02');
    expect(s.consecutiveAbsences).toBe(0);
    expect(s.status).toBe('at_risk');
  });

  it('counts the trailing run of absences, skipping sessions that did not happen', () => {
    const s = summariseAbsences(records([3, 5, 7, 4, 2, null, 0]), { threshold: 2 });
    expect(s.consecutiveAbsences).toBe(2);
    expect(s.lastAttended).toBe('2026-01-12');
    expect(summariseAbsences(records([3, 3, 6]), { threshold: 2 }).consecutiveAbsences).toBe(0);
  });

  it('has no last attended date when nothing was attended', () => {
    const s = summariseAbsences(records([3, 2]), { threshold: 2 });
    expect(s.lastAttended).toBeNull();
    expect(s.consecutiveAbsences).toBe(2);
  });

  it('ignores sessions before the participant joined', () => {
    const input = records([3, 3, 5, 2]);
    const s = summariseAbsences(input, { threshold: 2, joinedOn: '2026-01-19' });
    expect(s.absences).toBe(1);
    expect(s.sessionsHeld).toBe(2);
    expect(s.status).toBe('ok');
    // Joining on the day of a session counts that session.
    expect(summariseAbsences(input, { threshold: 2, joinedOn: '2026-01-12' }).absences).toBe(2);
  });

  it('re-evaluates when the threshold setting changes', () => {
    const input = records([3, 2, 7]);
    expect(summariseAbsences(input, { threshold: 2 }).status).toBe('breached');
    expect(summariseAbsences(input, { threshold: 3 }).status).toBe('at_risk');
    expect(summariseAbsences(input, { threshold: 4 }).status).toBe('ok');
  });
});
