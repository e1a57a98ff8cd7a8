import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { flagSeverity, summariseAbsences } from '../../src/domain/absence';
import type { SessionAttendance } from '../../src/domain/absence';
import { ATTENDANCE_CODES } from '../../src/domain/attendance-codes';
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

const code = fc.constantFrom<AttendanceCode | null>(...ATTENDANCE_CODES, null);
const scenario = fc
  .record({
    codes: fc.array(code, { minLength: 0, maxLength: 8 }),
    joinIndex: fc.option(fc.integer({ min: 0, max: 9 }), { nil: undefined }),
    threshold: fc.integer({ min: 0, max: 5 }),
  })
  .chain((s) =>
    fc.shuffledSubarray(records(s.codes), { minLength: s.codes.length }).map((shuffled) => ({
      ...s,
      input: shuffled,
      joinedOn: s.joinIndex === undefined ? undefined : addDays(START, 7 * s.joinIndex - 3),
    })),
  );

describe('properties', () => {
  it('never counts more absences than sessions held', () => {
    fc.assert(
      fc.property(scenario, ({ input, threshold, joinedOn }) => {
        const s = summariseAbsences(input, { threshold, joinedOn });
        expect(s.absences).toBeLessThanOrEqual(s.sessionsHeld);
        expect(s.consecutiveAbsences).toBeLessThanOrEqual(s.absences);
      }),
    );
  });

  it('marking any record as attended never raises the count or worsens the status', () => {
    fc.assert(
      fc.property(scenario, fc.nat(), ({ input, threshold, joinedOn }, pick) => {
        fc.pre(input.length > 0);
        const i = pick % input.length;
        const changed = input.map((r, j) => (j === i ? { ...r, code: 5 as const } : r));
        const before = summariseAbsences(input, { threshold, joinedOn });
        const after = summariseAbsences(changed, { threshold, joinedOn });
        expect(after.absences).toBeLessThanOrEqual(before.absences);
        expect(flagSeverity(after.status)).toBeLessThanOrEqual(flagSeverity(before.status));
      }),
    );
  });

  it('adding a provider-cancelled session never changes the count or status', () => {
    fc.assert(
      fc.property(
        scenario,
        fc.integer({ min: 0, max: 9 }),
        ({ input, threshold, joinedOn }, at) => {
          const extra: SessionAttendance = {
            sessionNumber: at,
            date: addDays(START, 7 * at + 1),
            topic: 'Cancelled',
            code: 4,
          };
          const before = summariseAbsences(input, { threshold, joinedOn });
          const after = summariseAbsences([...input, extra], { threshold, joinedOn });
          expect(after.absences).toBe(before.absences);
          expect(after.status).toBe(before.status);
          expect(after.consecutiveAbsences).toBe(before.consecutiveAbsences);
        },
      ),
    );
  });

  it('a higher threshold never gives a worse status', () => {
    fc.assert(
      fc.property(
        scenario,
        fc.integer({ min: 1, max: 5 }),
        ({ input, threshold, joinedOn }, raise) => {
          const low = summariseAbsences(input, { threshold, joinedOn });
          const high = summariseAbsences(input, { threshold: threshold + raise, joinedOn });
          expect(flagSeverity(high.status)).toBeLessThanOrEqual(flagSeverity(low.status));
        },
      ),
    );
  });

  it('does not depend on the order records arrive in', () => {
    fc.assert(
      fc.property(scenario, ({ codes, input, threshold, joinedOn }) => {
        const ordered = summariseAbsences(records(codes), { threshold, joinedOn });
        expect(summariseAbsences(input, { threshold, joinedOn })).toEqual(ordered);
      }),
    );
  });
});
