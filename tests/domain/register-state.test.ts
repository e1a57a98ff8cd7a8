import { describe, expect, it } from 'vitest';
import { registerState } from '../../src/domain/register-state';

const base = {
  date: '2026-11-23',
  cancelledByProvider: false,
  finalised: false,
  marked: 0,
  expected: 12,
};

describe('registerState', () => {
  it('is today on the day, overdue from the next day until complete', () => {
    expect(registerState(base, '2026-11-23')).toBe('today');
    expect(registerState(base, '2026-11-24')).toBe('overdue');
    expect(registerState({ ...base, marked: 11 }, '2026-11-30')).toBe('overdue');
    expect(registerState({ ...base, marked: 12 }, '2026-11-30')).toBe('complete');
  });
  it('is upcoming before the day, and cancelled or finalised whatever the date', () => {
    expect(registerState(base, '2026-11-22')).toBe('upcoming');
    expect(registerState({ ...base, cancelledByProvider: true }, '2026-12-01')).toBe('cancelled');
    expect(registerState({ ...base, finalised: true }, '2026-12-01')).toBe('finalised');
  });
});
