import { describe, expect, it } from 'vitest';
import { vacancyStanding, vacancyWindow } from '../../src/domain/vacancy';

const sessions = [1, 2, 3, 4].map((n) => ({ number: n, date: `2026-11-0${n + 1}` }));

describe('vacancyWindow', () => {
  it('keeps a course place open until the cut-off session', () => {
    expect(
      vacancyWindow({ type: 'course', sessions, cutoffSession: 3, today: '2026-11-03' }),
    ).toMatchObject({ open: true, cutoffDate: '2026-11-04' });
    const closed = vacancyWindow({
      type: 'course',
      sessions,
      cutoffSession: 3,
      today: '2026-11-04',
    });
    expect(closed.open).toBe(false);
    expect(closed.closedReason).toMatch(/session 3/);
  });
  it('follows the service setting for the cut-off', () => {
    expect(
      vacancyWindow({ type: 'course', sessions, cutoffSession: 4, today: '2026-11-04' }).open,
    ).toBe(true);
  });
  it('keeps a workshop place open until it starts', () => {
    const one = [{ number: 1, date: '2026-12-01' }];
    expect(
      vacancyWindow({ type: 'workshop', sessions: one, cutoffSession: 3, today: '2026-11-30' })
        .open,
    ).toBe(true);
    expect(
      vacancyWindow({ type: 'workshop', sessions: one, cutoffSession: 3, today: '2026-12-01' })
        .closedReason,
    ).toMatch(/started/);
  });
});

describe('vacancyStanding', () => {
  it('calls a place filled by an accepted offer "filled", even before the cohort starts', () => {
    // Before the fix a filled place (offerable false) read "Late joining closed".
    expect(vacancyStanding({ status: 'filled', offerable: false, hasOpenOffer: false })).toBe(
      'filled',
    );
  });
  it('keeps "late joining closed" for an open place past the cut-off only', () => {
    expect(vacancyStanding({ status: 'open', offerable: false, hasOpenOffer: false })).toBe(
      'late_joining_closed',
    );
    expect(vacancyStanding({ status: 'open', offerable: true, hasOpenOffer: false })).toBe(
      'not_offered',
    );
    expect(vacancyStanding({ status: 'closed', offerable: false, hasOpenOffer: false })).toBe(
      'closed',
    );
    expect(vacancyStanding({ status: 'open', offerable: true, hasOpenOffer: true })).toBe(
      'offered',
    );
  });
});
