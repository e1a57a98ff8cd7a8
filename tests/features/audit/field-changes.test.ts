import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../src/lib/format';
import {
  changeLines,
  fieldChanges,
  fieldWords,
  valueWords,
} from '../../../src/features/audit/field-changes';

const BOOKKEEPING = [
  'id',
  'version',
  'history',
  'updatedAt',
  'updatedBy',
  'createdBy',
  'byStaffId',
];

const lines = (before: unknown, after: unknown, names: Record<string, string> = {}) =>
  changeLines(fieldChanges({ before, after }, (id) => names[id]));

describe('the changed fields of an audit entry, in words', () => {
  it('lists only what changed, old -> new, leaving out bookkeeping', () => {
    expect(
      lines(
        { name: 'Autumn A', capacity: 12, version: 3, updatedAt: '2026-11-01T10:00:00Z' },
        { name: 'Autumn A', capacity: 14, version: 4, updatedAt: '2026-11-02T10:00:00Z' },
      ),
    ).toEqual(['Capacity: 12 → 14']);
  });

  it('says urgency, yes and no, statuses, dates and slots as words', () => {
    expect(
      lines(
        {
          urgent: false,
          catchUpSent: false,
          status: 'active',
          startDate: '2026-12-01',
          availability: [{ day: 'mon', time: 'morning' }],
          venue: '',
        },
        {
          urgent: true,
          catchUpSent: true,
          status: 'removed_after_absences',
          startDate: '2026-12-08',
          availability: [],
          venue: 'Room 2',
        },
      ),
    ).toEqual([
      'Urgency: routine → urgent',
      'Catch-up material sent: no → yes',
      'Status: active → removed after absences',
      `Start date: ${formatDate('2026-12-01')} → ${formatDate('2026-12-08')}`,
      'Availability: Monday morning → none',
      'Venue: — → Room 2',
    ]);
  });

  it('names ids the page knows, and an unknown field by a readable key', () => {
    expect(
      lines(
        { facilitatorIds: ['stf_priya'], sessionLengthMinutes: 120, roomColour: 'blue' },
        { facilitatorIds: ['stf_priya', 'stf_tom'], sessionLengthMinutes: 150, roomColour: 'red' },
        { stf_priya: 'Priya Shah', stf_tom: 'Tom Okafor' },
      ),
    ).toEqual([
      'Facilitators: Priya Shah → Priya Shah, Tom Okafor',
      'Session length (minutes): 120 → 150',
      'Room colour: blue → red',
    ]);
  });

  it('says a cohort\u2019s kind in words and never shows a raw record id', () => {
    expect(lines(null, { type: 'course', cohortId: 'coh_008g' })).toEqual([
      'Kind: Group course (weekly sessions)',
      'Cohort: a record not shown on this page',
    ]);
    expect(lines(null, { type: 'workshop', status: 'at_risk' })).toEqual([
      'Kind: Workshop (one session)',
      'Status: at risk',
    ]);
  });

  it('reads a new record as what it was made with, and a decision as its details', () => {
    expect(lines(null, { id: 'coh_1', name: 'Spring A', capacity: 16, version: 1 })).toEqual([
      'Name: Spring A',
      'Capacity: 16',
    ]);
    expect(
      lines({ absences: 3, status: 'breached' }, { action: 'keep', reason: 'Back next week' }),
    ).toEqual(['Decision: keep', 'Reason: Back next week']);
    expect(lines({ capacity: 12 }, null)).toEqual([]);
  });

  it('reads a transfer as the cohort the place moved to', () => {
    expect(
      lines(
        { id: 'enr_1', cohortId: 'coh_a', status: 'active' },
        {
          from: { id: 'enr_1', cohortId: 'coh_a', status: 'transferred' },
          to: { id: 'enr_2', cohortId: 'coh_b', status: 'confirmed' },
        },
        { coh_a: 'Autumn A', coh_b: 'Winter A' },
      ),
    ).toEqual(['Cohort: Autumn A → Winter A']);
  });

  it('keeps the list short and long values brief', () => {
    const before = Object.fromEntries([...'abcdefghij'].map((k) => [k, 1]));
    const after = Object.fromEntries([...'abcdefghij'].map((k) => [k, 2]));
    const shown = lines(before, after);
    expect(shown).toHaveLength(8);
    expect(shown.at(-1)).toBe('and 3 more');
    expect(valueWords('notes', 'x'.repeat(200))).toHaveLength(78);
    expect(valueWords('notes', null)).toBeNull();
  });

  it('lists nothing for a record saved unchanged, and exactly the one field changed', () => {
    const value = fc.oneof(fc.integer(), fc.string(), fc.boolean(), fc.constant(null));
    const key = fc.stringMatching(/^[a-z][a-zA-Z]{0,11}$/);
    fc.assert(
      fc.property(fc.dictionary(key, value, { minKeys: 1 }), value, (before, next) => {
        expect(fieldChanges({ before, after: { ...before } })).toEqual([]);
        const changed = Object.keys(before)[0]!;
        fc.pre(JSON.stringify(before[changed]) !== JSON.stringify(next));
        fc.pre(!BOOKKEEPING.includes(changed));
        const out = fieldChanges({ before, after: { ...before, [changed]: next } });
        // Listed unless it had no value before or after (null and '' both read as none).
        const empty =
          valueWords(changed, before[changed]) === null && valueWords(changed, next) === null;
        expect(out.map((c) => c.field)).toEqual(empty ? [] : [fieldWords(changed)]);
      }),
    );
  });
});
