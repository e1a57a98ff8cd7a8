import { describe, expect, it } from 'vitest';
import { registerEnrolments, unmarkedCount } from '../../src/domain/commands/register-roster';
import { finaliseRegister, markAttendance } from '../../src/domain/commands/registers';
import {
  contextFor,
  FACILITATOR_ID,
  mark,
  NOW,
  records,
  refusalOf,
  TODAY,
} from './register-records';

const finalised = (r: ReturnType<typeof records>, sessionId: string) => {
  const s = r.sessions.find((x) => x.id === sessionId)!;
  s.registerFinalisedAt = '2026-08-17T21:00:00.000Z';
  s.version = 2;
  return r;
};

describe('registerEnrolments (who is on a register)', () => {
  it('lists everyone in the cohort enrolled on the session date, and no one else', () => {
    const r = records();
    const on = (sessionId: string) =>
      registerEnrolments(
        r.enrolments,
        r.sessions.find((s) => s.id === sessionId)!,
      ).map((e) => e.id);
    expect(on('ses-1')).toEqual(['ann', 'bob', 'eve']);
    expect(on('ses-2')).toEqual(['ann', 'bob', 'dan']);
    expect(on('ses-z')).toEqual(['zed']);
  });
});

describe('markAttendance', () => {
  const input = { sessionId: 'ses-2', enrolmentId: 'ann', version: 0 };

  it('creates the first record with the code, and audits attendance.mark', () => {
    const r = records();
    const ctx = contextFor();
    const { changes, result } = markAttendance(r, { ...input, code: 5 }, ctx);
    const expected = {
      id: 'att-new1',
      sessionId: 'ses-2',
      enrolmentId: 'ann',
      code: 5,
      note: '',
      catchUpSent: false,
      updatedAt: NOW,
      updatedBy: FACILITATOR_ID,
      version: 1,
    };
    expect(result).toEqual(expected);
    expect(changes.put).toEqual({ attendance: [expected] });
    expect(changes.remove).toEqual({});
    expect(changes.audit).toEqual([
      {
        action: 'attendance.mark',
        entity: 'attendance',
        entityId: 'att-new1',
        before: null,
        after: { ...expected, amendmentReason: null },
      },
    ]);
    expect(r.attendance).toEqual([]);
  });

  it('changes only what is given on an existing record, and never mutates it', () => {
    const r = records();
    const existing = mark('ses-2', 'ann', { code: 3, note: 'Phoned', version: 2 });
    r.attendance.push(existing);
    const snapshot = structuredClone(existing);
    const { changes, result } = markAttendance(
      r,
      { ...input, version: 2, catchUpSent: true },
      contextFor(),
    );
    expect(result).toEqual({
      ...existing,
      catchUpSent: true,
      updatedAt: NOW,
      updatedBy: FACILITATOR_ID,
      version: 3,
    });
    expect(existing).toEqual(snapshot);
    expect(changes.audit[0]).toMatchObject({ action: 'attendance.mark', before: existing });
  });

  it('marks a past session, and someone since withdrawn on a session before they left', () => {
    const r = records();
    const { result } = markAttendance(
      r,
      { sessionId: 'ses-1', enrolmentId: 'eve', version: 0, code: 3 },
      contextFor(),
    );
    expect(result).toMatchObject({ sessionId: 'ses-1', enrolmentId: 'eve', code: 3 });
  });

  it('refuses a session that does not exist', () => {
    const e = refusalOf(() =>
      markAttendance(records(), { ...input, sessionId: 'ses-x', code: 5 }, contextFor()),
    );
    expect(e.code).toBe('not_found');
  });

  it('refuses a facilitator of another cohort (the session cohort is the scope)', () => {
    const e = refusalOf(() =>
      markAttendance(records(), { ...input, code: 5 }, contextFor('stranger')),
    );
    expect(e.code).toBe('forbidden');
  });

  it('lets a role with every cohort in scope mark it', () => {
    expect(markAttendance(records(), { ...input, code: 5 }, contextFor('office')).result.code).toBe(
      5,
    );
  });

  it.each([
    ['an offer not taken up', 'ses-2', 'cat'],
    ['someone who joined after the session', 'ses-1', 'dan'],
    ['someone who had left before the session', 'ses-2', 'eve'],
    ['someone in another cohort', 'ses-2', 'zed'],
    ['an unknown enrolment', 'ses-2', 'enr-x'],
  ])('refuses %s: not on this register', (_, sessionId, enrolmentId) => {
    const e = refusalOf(() =>
      markAttendance(records(), { sessionId, enrolmentId, version: 0, code: 3 }, contextFor()),
    );
    expect(e.code).toBe('not_found');
    expect(e.message).toBe('That participant on this register was not found.');
  });

  it('refuses a session the provider cancelled', () => {
    const r = records();
    r.sessions.find((s) => s.id === 'ses-2')!.status = 'cancelled_by_provider';
    const e = refusalOf(() => markAttendance(r, { ...input, code: 5 }, contextFor()));
    expect(e.code).toBe('invalid_state');
    expect(e.message).toMatch(/provider cancelled/);
  });

  it('refuses a session that has not happened yet (today is allowed)', () => {
    const e = refusalOf(() =>
      markAttendance(records(), { ...input, sessionId: 'ses-3', code: 3 }, contextFor()),
    );
    expect(e.code).toBe('invalid_state');
    expect(e.message).toBe('This session has not happened yet.');
    expect(contextFor().today).toBe(TODAY);
  });

  it.each([5, 6] as const)(
    'refuses code %i (present) before the group agreement, on the code field',
    (code) => {
      const e = refusalOf(() =>
        markAttendance(records(), { ...input, enrolmentId: 'bob', code }, contextFor()),
      );
      expect(e.code).toBe('agreement_missing');
      expect(e.fieldErrors).toEqual({ code: ['Group agreement not recorded'] });
    },
  );

  it.each([7, 2, 3] as const)('marks code %i without the group agreement', (code) => {
    const { result } = markAttendance(
      records(),
      { ...input, enrolmentId: 'bob', code },
      contextFor(),
    );
    expect(result.code).toBe(code);
  });

  describe('on a finalised register', () => {
    const marked = () => {
      const r = finalised(records(), 'ses-1');
      r.attendance.push(mark('ses-1', 'ann', { code: 3, version: 1 }));
      return r;
    };
    const past = { sessionId: 'ses-1', enrolmentId: 'ann', version: 1 };

    it.each([
      ['a code change', { code: 6 as const }],
      ['a note change', { note: 'Arrived late' }],
      ['a catch-up change', { catchUpSent: true }],
      ['a blank reason', { code: 6 as const, amendmentReason: '   ' }],
    ])('refuses %s without amendmentReason', (_, change) => {
      const e = refusalOf(() => markAttendance(marked(), { ...past, ...change }, contextFor()));
      expect(e.code).toBe('invalid_state');
      expect(e.fieldErrors).toEqual({ amendmentReason: ['Give a reason for the amendment'] });
    });

    it('amends with a reason, audited as attendance.amend with the reason', () => {
      const r = marked();
      const before = r.attendance[0]!;
      const { changes, result } = markAttendance(
        r,
        { ...past, code: 6, amendmentReason: 'Arrived after check-in closed' },
        contextFor(),
      );
      expect(result).toMatchObject({ id: before.id, code: 6, version: 2, updatedAt: NOW });
      expect(changes.put.attendance).toEqual([result]);
      expect(changes.audit).toEqual([
        {
          action: 'attendance.amend',
          entity: 'attendance',
          entityId: before.id,
          before,
          after: { ...result, amendmentReason: 'Arrived after check-in closed' },
        },
      ]);
    });
  });

  it('a stale version gets stale_version with the current record', () => {
    const r = records();
    const current = mark('ses-2', 'ann', { code: 3, version: 2 });
    r.attendance.push(current);
    const e = refusalOf(() => markAttendance(r, { ...input, version: 1, code: 5 }, contextFor()));
    expect(e.code).toBe('stale_version');
    expect(e.current).toEqual(current);
  });

  it('a version other than 0 for a record no one has made yet is stale, with no record', () => {
    const e = refusalOf(() =>
      markAttendance(records(), { ...input, version: 1, code: 5 }, contextFor()),
    );
    expect(e.code).toBe('stale_version');
    expect(e.current).toBeNull();
  });
});

describe('finaliseRegister', () => {
  const input = { sessionId: 'ses-1', version: 1 };
  const allMarked = () => {
    const r = records();
    r.attendance.push(
      mark('ses-1', 'ann'),
      mark('ses-1', 'bob', { code: 3 }),
      mark('ses-1', 'eve', { code: 2 }),
    );
    return r;
  };

  it('finalises once everyone on the register is marked, and audits register.finalise', () => {
    const r = allMarked();
    const before = r.sessions[0]!;
    const { changes, result } = finaliseRegister(r, input, contextFor());
    expect(result).toEqual({ ...before, registerFinalisedAt: NOW, version: 2 });
    expect(changes.put).toEqual({ sessions: [result] });
    expect(changes.audit).toEqual([
      { action: 'register.finalise', entity: 'session', entityId: 'ses-1', before, after: result },
    ]);
    expect(before.registerFinalisedAt).toBeNull();
  });

  it('counts only people on the register as unmarked', () => {
    const r = records();
    r.attendance.push(mark('ses-1', 'ann'), mark('ses-1', 'bob', { code: null }));
    expect(unmarkedCount(r, r.sessions[0]!)).toBe(2);
    const e = refusalOf(() => finaliseRegister(r, input, contextFor()));
    expect(e.code).toBe('invalid_state');
    expect(e.message).toBe('2 people are not marked yet.');
    r.attendance.push(mark('ses-1', 'eve', { code: 3 }));
    expect(refusalOf(() => finaliseRegister(r, input, contextFor())).message).toBe(
      '1 person is not marked yet.',
    );
  });

  it('refuses before the session has started (18:00 London), with session_not_started', () => {
    const r = allMarked();
    // Session 1 is at 18:00 on 17 Aug, in summer time: 17:00 UTC.
    const at = (now: string) => ({ ...contextFor(), now });
    const e = refusalOf(() => finaliseRegister(r, input, at('2026-08-17T16:59:00.000Z')));
    expect(e.code).toBe('session_not_started');
    expect(e.message).toBe('You can finalise once the session has started at 18:00.');
    const { result } = finaliseRegister(r, input, at('2026-08-17T17:00:00.000Z'));
    expect(result.registerFinalisedAt).toBe('2026-08-17T17:00:00.000Z');
  });

  it('refuses a register already finalised', () => {
    const r = finalised(allMarked(), 'ses-1');
    const e = refusalOf(() => finaliseRegister(r, { ...input, version: 2 }, contextFor()));
    expect(e.code).toBe('invalid_state');
    expect(e.message).toBe('This register is already finalised.');
  });

  it('a stale version gets stale_version with the current session', () => {
    const r = allMarked();
    const e = refusalOf(() => finaliseRegister(r, { ...input, version: 0 }, contextFor()));
    expect(e.code).toBe('stale_version');
    expect(e.current).toEqual(r.sessions[0]);
  });

  it('refuses an unknown session and a facilitator of another cohort', () => {
    expect(
      refusalOf(() => finaliseRegister(allMarked(), { ...input, sessionId: 'x' }, contextFor()))
        .code,
    ).toBe('not_found');
    expect(refusalOf(() => finaliseRegister(allMarked(), input, contextFor('stranger'))).code).toBe(
      'forbidden',
    );
  });
});
