import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { count, pluralWord } from '../../src/domain/plural';

describe('count', () => {
  it('pairs one with the singular and every other count with the plural', () => {
    expect(count(1, 'session')).toBe('1 session');
    expect(count(0, 'session')).toBe('0 sessions');
    expect(count(2, 'enrolment')).toBe('2 enrolments');
    expect(count(1, 'person', 'people')).toBe('1 person');
    expect(count(3, 'person', 'people')).toBe('3 people');
    expect(count(1200, 'change')).toBe('1,200 changes');
  });

  it('picks a verb to agree with the count', () => {
    expect(`${count(1, 'change')} ${pluralWord(1, 'has', 'have')}`).toBe('1 change has');
    expect(`${count(4, 'change')} ${pluralWord(4, 'has', 'have')}`).toBe('4 changes have');
  });

  it('uses the singular for exactly 1 and nothing else, for any whole number', () => {
    fc.assert(
      fc.property(fc.nat(100_000), (n) => {
        expect(count(n, 'week').endsWith(n === 1 ? ' week' : ' weeks')).toBe(true);
      }),
    );
  });
});
