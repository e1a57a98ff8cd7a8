import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  INSTRUMENTS,
  INSTRUMENT_KEYS,
  instrumentTotal,
  isCompleteSet,
  isWholeInstrument,
  raisesSafetyAlert,
  totalsOf,
  type Instrument,
} from '../../src/domain/measures';

const answers = (instrument: Instrument) =>
  fc.array(fc.integer({ min: 0, max: INSTRUMENTS[instrument].itemMax }), {
    minLength: INSTRUMENTS[instrument].items,
    maxLength: INSTRUMENTS[instrument].items,
  });

describe('instruments', () => {
  it('have the ranges the manual gives: PHQ-9 0-27, GAD-7 0-21, WSAS 0-40', () => {
    const max = (i: Instrument) => INSTRUMENTS[i].items * INSTRUMENTS[i].itemMax;
    expect([max('phq9'), max('gad7'), max('wsas')]).toEqual([27, 21, 40]);
  });

  it('total is the sum of the items and lies in the instrument range', () => {
    for (const instrument of INSTRUMENT_KEYS) {
      fc.assert(
        fc.property(answers(instrument), (items) => {
          expect(isWholeInstrument(instrument, items)).toBe(true);
          const total = instrumentTotal(items)!;
          const { items: n, itemMax } = INSTRUMENTS[instrument];
          expect(total).toBeGreaterThanOrEqual(0);
          expect(total).toBeLessThanOrEqual(n * itemMax);
        }),
      );
    }
    expect(instrumentTotal([1, 2, 3, 0, 1, 2, 3, 0, 1])).toBe(13);
    expect(instrumentTotal(null)).toBeNull();
  });

  it('refuses a partial instrument, a value out of range and a fraction', () => {
    expect(isWholeInstrument('phq9', [0, 0, 0, 0, 0, 0, 0, 0])).toBe(false);
    expect(isWholeInstrument('gad7', [0, 0, 0, 0, 0, 0, 4])).toBe(false);
    expect(isWholeInstrument('wsas', [8, 8, 8, 8, 9])).toBe(false);
    expect(isWholeInstrument('wsas', [1.5, 0, 0, 0, 0])).toBe(false);
    expect(isWholeInstrument('wsas', [8, 8, 8, 8, 8])).toBe(true);
  });

  it('dropping any one item from a whole instrument makes it partial', () => {
    fc.assert(
      fc.property(answers('phq9'), fc.nat(8), (items, at) => {
        expect(
          isWholeInstrument(
            'phq9',
            items.filter((_, i) => i !== at),
          ),
        ).toBe(false);
      }),
    );
  });
});

describe('safety and completeness', () => {
  it('item 9 above 0 raises an alert, whatever the other items', () => {
    fc.assert(
      fc.property(answers('phq9'), (items) => {
        expect(raisesSafetyAlert(items)).toBe(items[8]! > 0);
      }),
    );
    expect(raisesSafetyAlert(null)).toBe(false);
    expect(raisesSafetyAlert([0, 0, 0, 0, 0, 0, 0, 0, 1])).toBe(true);
    expect(raisesSafetyAlert([3, 3, 3, 3, 3, 3, 3, 3, 0])).toBe(false);
  });

  it('a set is complete with PHQ-9, GAD-7 and WSAS; totals are null where not given', () => {
    const set = { phq9: [1, 1, 1, 1, 1, 1, 1, 1, 0], gad7: null, wsas: [8, 0, 0, 0, 0] };
    expect(isCompleteSet(set)).toBe(false);
    expect(totalsOf(set)).toEqual({ phq9: 8, gad7: null, wsas: 8 });
    expect(isCompleteSet({ ...set, gad7: [0, 0, 0, 0, 0, 0, 0] })).toBe(true);
  });
});
