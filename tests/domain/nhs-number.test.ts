import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  formatNhsNumber,
  isValidNhsNumber,
  maskNhsNumber,
  nhsCheckDigit,
  normaliseNhsNumber,
} from '../../src/domain/nhs-number';

describe('isValidNhsNumber', () => {
  it('accepts the docs/domain.md test number and rejects its neighbour', () => {
    expect(isValidNhsNumber('9434765919')).toBe(true);
    expect(isValidNhsNumber('9434765918')).toBe(false);
  });

  it('accepts the displayed form with spaces or hyphens', () => {
    expect(isValidNhsNumber('943 476 5919')).toBe(true);
    expect(isValidNhsNumber('943-476-5919')).toBe(true);
  });

  it('refuses ten identical digits even where the checksum passes', () => {
    expect(nhsCheckDigit('000000000')).toBe(0);
    expect(isValidNhsNumber('0000000000')).toBe(false);
    expect(isValidNhsNumber('1111111111')).toBe(false);
  });

  it('refuses wrong lengths and letters', () => {
    expect(isValidNhsNumber('')).toBe(false);
    expect(isValidNhsNumber('943476591')).toBe(false);
    expect(isValidNhsNumber('94347659190')).toBe(false);
    expect(isValidNhsNumber('94347659A9')).toBe(false);
    expect(isValidNhsNumber('abcdefghij')).toBe(false);
  });
});

describe('nhsCheckDigit', () => {
  it('computes the check digit, 11 becoming 0 and 10 meaning invalid', () => {
    expect(nhsCheckDigit('943476591')).toBe(9);
    // sum = 10*1 = 10, 11 - 10 = 1
    expect(nhsCheckDigit('100000000')).toBe(1);
    // sum = 9*1 = 9, 11 - 9 = 2
    expect(nhsCheckDigit('010000000')).toBe(2);
    // sum = 2*6 = 12, 12 % 11 = 1, 11 - 1 = 10 -> invalid
    expect(nhsCheckDigit('000000006')).toBeNull();
    expect(nhsCheckDigit('12345678')).toBeNull();
  });
});

describe('formatting', () => {
  it('normalises, formats and masks', () => {
    expect(normaliseNhsNumber(' 943-476 5919 ')).toBe('9434765919');
    expect(formatNhsNumber('9434765919')).toBe('943 476 5919');
    expect(formatNhsNumber('943 476 5919')).toBe('943 476 5919');
    expect(maskNhsNumber('9434765919')).toBe('*** *** 5919');
    expect(maskNhsNumber('943 476 5919')).toBe('*** *** 5919');
  });
});

const digit = fc.integer({ min: 0, max: 9 });
const prefix = fc.array(digit, { minLength: 9, maxLength: 9 }).map((d) => d.join(''));

const validNumber = prefix
  .map((p) => ({ p, check: nhsCheckDigit(p) }))
  .filter(({ p, check }) => check !== null && !/^(\d)\1{9}$/.test(`${p}${check}`))
  .map(({ p, check }) => `${p}${check}`);

describe('properties', () => {
  it('appending a non-null check digit gives a valid number', () => {
    fc.assert(fc.property(validNumber, (n) => isValidNhsNumber(n)));
  });

  it('changing any single digit of a valid number makes it invalid', () => {
    fc.assert(
      fc.property(
        validNumber,
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        (n, pos, delta) => {
          const changed = (Number(n[pos]) + delta) % 10;
          const mutated = `${n.slice(0, pos)}${changed}${n.slice(pos + 1)}`;
          expect(isValidNhsNumber(mutated)).toBe(false);
        },
      ),
    );
  });
});
