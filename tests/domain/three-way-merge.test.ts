import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveConflicts, sameValue, threeWayMerge } from '../../src/domain/three-way-merge';
import { joinNotes, NOTE_SEPARATOR } from '../../src/domain/note-join';

type Cohortish = { name: string; capacity: number; startTime: string; facilitatorIds: string[] };
const FIELDS = ['name', 'capacity', 'startTime', 'facilitatorIds'] as const;
const base: Cohortish = {
  name: 'Winter A',
  capacity: 12,
  startTime: '10:00',
  facilitatorIds: ['stf_priya', 'stf_tom'],
};

describe('threeWayMerge', () => {
  it('takes a colleague\u2019s fields, keeps mine and lists the fields we both changed', () => {
    const theirs = { ...base, name: 'Winter A (Tuesdays)', capacity: 16, startTime: '11:00' };
    const mine = { ...base, startTime: '09:30', facilitatorIds: ['stf_priya', 'stf_marta'] };
    const result = threeWayMerge(base, theirs, mine, FIELDS);
    expect(result.merged).toEqual({
      name: 'Winter A (Tuesdays)',
      capacity: 16,
      startTime: '09:30',
      facilitatorIds: ['stf_priya', 'stf_marta'],
    });
    expect(result.theirsOnly).toEqual(['name', 'capacity']);
    expect(result.mineOnly).toEqual(['facilitatorIds']);
    expect(result.conflicts).toEqual(['startTime']);
    expect(resolveConflicts(result, theirs, 'theirs')).toEqual({
      ...result.merged,
      startTime: '11:00',
    });
  });

  it('is no conflict when both made the same change', () => {
    const both = { ...base, capacity: 18 };
    const result = threeWayMerge(base, both, { ...both }, FIELDS);
    expect(result.conflicts).toEqual([]);
    expect(result.merged).toEqual(both);
  });

  it('compares lists by value, not by identity', () => {
    expect(sameValue(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameValue(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameValue({ a: 1 }, { a: 1 })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    const result = threeWayMerge(
      base,
      { ...base, facilitatorIds: [...base.facilitatorIds] },
      base,
      FIELDS,
    );
    expect(result.theirsOnly).toEqual([]);
  });
});

// Records over a small alphabet so the three versions often agree and often differ.
const value = fc.oneof(fc.constantFrom('a', 'b', 'c'), fc.integer({ min: 0, max: 2 }));
const list = fc.array(fc.constantFrom('x', 'y'), { maxLength: 2 });
const record = fc.record({ f1: value, f2: value, f3: list, f4: fc.boolean() });
const KEYS = ['f1', 'f2', 'f3', 'f4'] as const;

describe('threeWayMerge properties', () => {
  it('merge(base, base, x) is x and merge(base, x, base) is x', () => {
    fc.assert(
      fc.property(record, record, (b, x) => {
        expect(threeWayMerge(b, b, x, KEYS).merged).toEqual(x);
        expect(threeWayMerge(b, x, b, KEYS).merged).toEqual(x);
        expect(threeWayMerge(b, b, x, KEYS).conflicts).toEqual([]);
        expect(threeWayMerge(b, x, b, KEYS).conflicts).toEqual([]);
      }),
    );
  });

  it('a field not in conflict comes from whichever side changed it', () => {
    fc.assert(
      fc.property(record, record, record, (b, theirs, mine) => {
        const { merged, conflicts, theirsOnly, mineOnly } = threeWayMerge(b, theirs, mine, KEYS);
        for (const k of KEYS) {
          if (conflicts.includes(k)) {
            expect(sameValue(theirs[k], b[k]) || sameValue(mine[k], b[k])).toBe(false);
            expect(sameValue(theirs[k], mine[k])).toBe(false);
            expect(merged[k]).toEqual(mine[k]);
          } else if (!sameValue(theirs[k], b[k])) {
            expect(merged[k]).toEqual(theirs[k]);
          } else {
            expect(merged[k]).toEqual(mine[k]);
          }
          // Each field is in at most one list.
          const lists = [conflicts, theirsOnly, mineOnly].filter((l) => l.includes(k));
          expect(lists.length).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('is symmetric: swapping the sides swaps the lists and changes only the conflicts', () => {
    fc.assert(
      fc.property(record, record, record, (b, theirs, mine) => {
        const ab = threeWayMerge(b, theirs, mine, KEYS);
        const ba = threeWayMerge(b, mine, theirs, KEYS);
        expect(ba.conflicts).toEqual(ab.conflicts);
        expect(ba.theirsOnly).toEqual(ab.mineOnly);
        expect(ba.mineOnly).toEqual(ab.theirsOnly);
        expect(resolveConflicts(ba, mine, 'theirs')).toEqual(ab.merged);
      }),
    );
  });

  it('never loses a change made on one side only', () => {
    fc.assert(
      fc.property(record, record, record, (b, theirs, mine) => {
        const { merged } = threeWayMerge(b, theirs, mine, KEYS);
        for (const k of KEYS) {
          if (!sameValue(mine[k], b[k]) && sameValue(theirs[k], b[k]))
            expect(merged[k]).toEqual(mine[k]);
          if (!sameValue(theirs[k], b[k]) && sameValue(mine[k], b[k]))
            expect(merged[k]).toEqual(theirs[k]);
        }
      }),
    );
  });
});

describe('joinNotes', () => {
  it('puts mine first, then theirs, with a separator on one line', () => {
    expect(joinNotes('Left at the break', 'Phoned to say she felt unwell')).toBe(
      `Left at the break${NOTE_SEPARATOR}Phoned to say she felt unwell`,
    );
  });

  it('does not repeat a note the other already holds', () => {
    expect(joinNotes('Left early', '')).toBe('Left early');
    expect(joinNotes('', 'Left early')).toBe('Left early');
    expect(joinNotes('Left early, back pain', 'Left early')).toBe('Left early, back pain');
    expect(joinNotes('Left early', 'Left early, back pain')).toBe('Left early, back pain');
  });

  it('keeps every word of both notes', () => {
    const note = fc.string({ maxLength: 40 }).map((s) => s.replace(/\s+/g, ' '));
    fc.assert(
      fc.property(note, note, (mine, theirs) => {
        const joined = joinNotes(mine, theirs);
        expect(joined).toContain(mine.trim());
        expect(joined).toContain(theirs.trim());
        expect(joined).not.toMatch(/\n/);
      }),
    );
  });
});
