import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CONTACT_OUTCOMES,
  failedAttemptsSinceReached,
  FAILED_OUTCOMES,
  newestFirst,
  suggestsNotContactable,
  type ContactOutcome,
} from '../../src/domain/contact-attempts';

let minute = 0;
function attempt(outcome: ContactOutcome, at?: string) {
  minute += 1;
  const time = at ?? `2026-11-20T10:${String(minute % 60).padStart(2, '0')}:00.000Z`;
  return { outcome, at: time, recordedAt: time };
}

describe('failedAttemptsSinceReached', () => {
  it('counts no answer, left message and wrong number; three suggest "not contactable"', () => {
    const log = [attempt('no_answer'), attempt('left_message')];
    expect(failedAttemptsSinceReached(log)).toBe(2);
    expect(suggestsNotContactable(log)).toBe(false);
    const three = [...log, attempt('wrong_number')];
    expect(failedAttemptsSinceReached(three)).toBe(3);
    expect(suggestsNotContactable(three)).toBe(true);
  });

  it('starts again once the person is reached', () => {
    const log = [
      attempt('no_answer', '2026-11-01T09:00:00.000Z'),
      attempt('no_answer', '2026-11-02T09:00:00.000Z'),
      attempt('spoke', '2026-11-03T09:00:00.000Z'),
      attempt('no_answer', '2026-11-04T09:00:00.000Z'),
    ];
    expect(failedAttemptsSinceReached(log)).toBe(1);
  });

  it('orders by when the attempt was made, not when it was logged', () => {
    // Logged late: a failed call made before the conversation does not count after it.
    const log = [
      attempt('spoke', '2026-11-03T09:00:00.000Z'),
      attempt('no_answer', '2026-11-01T09:00:00.000Z'),
      attempt('no_answer', '2026-11-02T09:00:00.000Z'),
      attempt('no_answer', '2026-11-02T10:00:00.000Z'),
    ];
    expect(failedAttemptsSinceReached(log)).toBe(0);
    expect(newestFirst(log)[0]?.outcome).toBe('spoke');
  });

  it('neither counts nor resets on a letter sent or "other"', () => {
    const log = [
      attempt('no_answer', '2026-11-01T09:00:00.000Z'),
      attempt('letter_sent', '2026-11-02T09:00:00.000Z'),
      attempt('other', '2026-11-03T09:00:00.000Z'),
      attempt('no_answer', '2026-11-04T09:00:00.000Z'),
    ];
    expect(failedAttemptsSinceReached(log)).toBe(2);
  });

  it('never counts more than the failed attempts, nor depends on the order given', () => {
    const outcome = fc.constantFrom(...CONTACT_OUTCOMES);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(outcome, fc.integer({ min: 0, max: 10_000 })), { maxLength: 30 }),
        (rows) => {
          const log = rows.map(([o, m], i) => {
            const at = new Date(Date.UTC(2026, 0, 1) + m * 60_000).toISOString();
            const recordedAt = new Date(Date.UTC(2026, 1, 1) + i * 1000).toISOString();
            return { outcome: o, at, recordedAt };
          });
          const n = failedAttemptsSinceReached(log);
          expect(n).toBeLessThanOrEqual(log.filter((a) => FAILED_OUTCOMES.has(a.outcome)).length);
          expect(failedAttemptsSinceReached([...log].reverse())).toBe(n);
        },
      ),
    );
  });
});
