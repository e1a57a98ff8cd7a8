import { describe, expect, it } from 'vitest';
import {
  ATTENDANCE_CODES,
  MARKABLE_CODES,
  attendanceLabel,
  attendanceShortcut,
  codeForKey,
  countsAsAbsence,
  countsAsAttended,
  isAttendanceCode,
  isMarkableCode,
} from '../../src/domain/attendance-codes';
import type { AttendanceCode } from '../../src/domain/attendance-codes';

const table: [AttendanceCode, string, boolean, boolean][] = [
  [5, 'Attended', false, true],
  [6, 'Late, seen', false, true],
  [7, 'Late, not seen', true, false],
  [2, 'Cancelled (gave notice)', true, false],
  [3, 'Did not attend', true, false],
  [4, 'Cancelled by provider', false, false],
  [0, 'Not applicable (future)', false, false],
];

describe('attendance codes', () => {
  it('lists every code once, in the expected order', () => {
    expect([...ATTENDANCE_CODES]).toEqual([5, 6, 7, 2, 3, 4, 0]);
    expect([...MARKABLE_CODES]).toEqual([5, 6, 7, 2, 3]);
  });

  it.each(table)('code %i: label %s, absence %s, attended %s', (code, label, absence, attended) => {
    expect(attendanceLabel(code)).toBe(label);
    expect(countsAsAbsence(code)).toBe(absence);
    expect(countsAsAttended(code)).toBe(attended);
  });

  it('recognises codes and markable codes', () => {
    expect(ATTENDANCE_CODES.every(isAttendanceCode)).toBe(true);
    expect(isAttendanceCode(1)).toBe(false);
    expect(isAttendanceCode('5')).toBe(false);
    expect(isMarkableCode(4)).toBe(false);
    expect(isMarkableCode(0)).toBe(false);
    expect(isMarkableCode(7)).toBe(true);
  });
});

describe('keyboard shortcuts', () => {
  it('maps each markable code to its key', () => {
    expect(attendanceShortcut).toEqual({ 5: 'A', 6: 'S', 7: 'N', 2: 'C', 3: 'D' });
  });

  it.each([
    ['a', 5],
    ['A', 5],
    ['s', 6],
    ['N', 7],
    ['c', 2],
    ['d', 3],
  ] as const)('key %s gives code %i', (key, code) => {
    expect(codeForKey(key)).toBe(code);
  });

  it('ignores unknown keys', () => {
    expect(codeForKey('x')).toBeUndefined();
    expect(codeForKey('')).toBeUndefined();
    expect(codeForKey('5')).toBeUndefined();
    expect(codeForKey('AS')).toBeUndefined();
  });

  it('gives every markable code a distinct key', () => {
    const keys = MARKABLE_CODES.map((c) => attendanceShortcut[c]);
    expect(new Set(keys).size).toBe(MARKABLE_CODES.length);
    for (const c of MARKABLE_CODES) expect(codeForKey(attendanceShortcut[c])).toBe(c);
  });
});
