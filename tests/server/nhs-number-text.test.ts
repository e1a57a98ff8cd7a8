import { describe, expect, it } from 'vitest';
import { maskNhsNumbersDeep, maskNhsNumbersInText } from '../../src/domain/nhs-number-text';

describe('NHS numbers in free text', () => {
  it('are masked written spaced, dashed or bare', () => {
    expect(maskNhsNumbersInText('NHS 943 476 5919; 943-476-5919 and 9434765919.')).toBe(
      'NHS *** *** 5919; *** *** 5919 and *** *** 5919.',
    );
  });

  it('are masked with a mistyped check digit too, and next to letters', () => {
    expect(maskNhsNumbersInText('nhs:9434765918')).toBe('nhs:*** *** 5918');
  });

  it('leave other numbers alone: longer runs, phone numbers, dates', () => {
    const text = 'Ref 94347659191, tel 020 7946 0958, mobile 07700 900123, on 2025-03-14';
    expect(maskNhsNumbersInText(text)).toBe(text);
  });

  it('are masked at any depth of a snapshot, keys kept', () => {
    expect(
      maskNhsNumbersDeep({ nhsNumber: '9434765919', notes: ['see 943 476 5919'], age: 41 }),
    ).toEqual({ nhsNumber: '*** *** 5919', notes: ['see *** *** 5919'], age: 41 });
  });
});
