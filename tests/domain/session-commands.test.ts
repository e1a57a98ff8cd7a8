import { describe, expect, it } from 'vitest';
import { cancelSession, rescheduleSession } from '../../src/domain/commands/sessions';
import { contextFor, mark, NOW, records, refusalOf } from './register-records';

describe('rescheduleSession', () => {
  const input = { sessionId: 'ses-2', version: 1, date: '2026-08-25' };

  it('moves the session and audits session.reschedule', () => {
    const r = records();
    const before = r.sessions[1]!;
    const { changes, result } = rescheduleSession(r, input, contextFor('office'));
    expect(result).toEqual({ ...before, date: '2026-08-25', version: 2 });
    expect(changes.put).toEqual({ sessions: [result] });
    expect(changes.audit).toEqual([
      { action: 'session.reschedule', entity: 'session', entityId: 'ses-2', before, after: result },
    ]);
    expect(before.date).toBe('2026-08-24');
  });

  it('still moves a session where people only gave notice (code 2)', () => {
    const r = records();
    r.attendance.push(mark('ses-2', 'ann', { code: 2 }), mark('ses-2', 'bob', { code: null }));
    expect(rescheduleSession(r, input, contextFor('office')).result.date).toBe('2026-08-25');
  });

  it('refuses a session whose register has been taken', () => {
    const r = records();
    r.attendance.push(mark('ses-2', 'ann', { code: 3 }));
    const e = refusalOf(() => rescheduleSession(r, input, contextFor('office')));
    expect(e.code).toBe('invalid_state');
    expect(e.message).toMatch(/already has a register/);
  });

  it('refuses a bank holiday, on the date field', () => {
    const e = refusalOf(() =>
      rescheduleSession(records(), { ...input, date: '2026-08-31' }, contextFor('office')),
    );
    expect(e.code).toBe('validation_failed');
    expect(e.fieldErrors).toEqual({ date: ['2026-08-31 is a bank holiday'] });
  });

  it.each(['2026-08-17', '2026-09-07', '2026-08-10'])(
    'refuses %s: a session must stay strictly between its neighbours',
    (date) => {
      const e = refusalOf(() =>
        rescheduleSession(records(), { ...input, date }, contextFor('office')),
      );
      expect(e.code).toBe('validation_failed');
      expect(e.fieldErrors?.date?.[0]).toMatch(/Session 2 must fall between session 1 and 3/);
    },
  );

  it('a stale version gets stale_version with the current session', () => {
    const r = records();
    const e = refusalOf(() => rescheduleSession(r, { ...input, version: 4 }, contextFor('office')));
    expect(e.code).toBe('stale_version');
    expect(e.current).toEqual(r.sessions[1]);
  });

  it('refuses an unknown session, and an actor outside the cohort scope', () => {
    expect(
      refusalOf(() => rescheduleSession(records(), { ...input, sessionId: 'x' }, contextFor()))
        .code,
    ).toBe('not_found');
    expect(refusalOf(() => rescheduleSession(records(), input, contextFor('stranger'))).code).toBe(
      'forbidden',
    );
  });
});

describe('cancelSession', () => {
  const input = { sessionId: 'ses-3', version: 1, reason: 'Room flooded' };

  it('cancels an upcoming session for everyone on its register with code 4, and audits the reason', () => {
    const r = records();
    const before = r.sessions[2]!;
    const ctx = contextFor('office');
    const { changes, result } = cancelSession(r, input, ctx);
    expect(result).toEqual({ ...before, status: 'cancelled_by_provider', version: 2 });
    expect(changes.put.sessions).toEqual([result]);
    expect(changes.put.attendance).toEqual(
      ['ann', 'bob', 'dan'].map((enrolmentId, i) => ({
        id: `att-new${i + 1}`,
        sessionId: 'ses-3',
        enrolmentId,
        code: 4,
        note: '',
        catchUpSent: false,
        updatedAt: NOW,
        updatedBy: 'stf-adm',
        version: 1,
      })),
    );
    expect(changes.audit).toEqual([
      {
        action: 'session.cancel',
        entity: 'session',
        entityId: 'ses-3',
        before,
        after: { ...result, reason: 'Room flooded' },
      },
    ]);
    expect(before.status).toBe('scheduled');
  });

  it('turns notice given in advance (code 2) into 4, each change audited with the code it replaces', () => {
    const r = records();
    const notice = mark('ses-3', 'ann', { code: 2, note: 'Hospital appointment', version: 1 });
    r.attendance.push(notice);
    const { changes } = cancelSession(r, input, contextFor('office'));
    const written = changes.put.attendance!.find((a) => a.enrolmentId === 'ann')!;
    expect(written).toMatchObject({
      id: notice.id,
      code: 4,
      note: 'Hospital appointment',
      version: 2,
    });
    expect(changes.audit).toContainEqual({
      action: 'attendance.session-cancelled',
      entity: 'attendance',
      entityId: notice.id,
      before: notice,
      after: written,
    });
    expect(notice.code).toBe(2);
  });

  it('refuses a session that has been held: its register stands', () => {
    const r = records();
    r.attendance.push(mark('ses-1', 'ann', { code: 3 }));
    for (const sessionId of ['ses-1', 'ses-2']) {
      const e = refusalOf(() => cancelSession(r, { ...input, sessionId }, contextFor('office')));
      expect(e.code).toBe('invalid_state');
      expect(e.message).toMatch(/has already been held: it cannot be cancelled/);
    }
  });

  it('refuses a finalised register, naming the way to correct it', () => {
    const r = records();
    r.sessions[2]!.registerFinalisedAt = NOW;
    const e = refusalOf(() => cancelSession(r, input, contextFor('office')));
    expect(e.message).toBe(
      "Session 3's register is finalised: it cannot be cancelled. Correct a mark on the register, as an amendment with a reason.",
    );
  });

  it('refuses a session already cancelled', () => {
    const r = records();
    r.sessions[2]!.status = 'cancelled_by_provider';
    const e = refusalOf(() => cancelSession(r, input, contextFor('office')));
    expect(e.code).toBe('invalid_state');
    expect(e.message).toBe('This session is already cancelled.');
  });

  it('a stale version gets stale_version with the current session', () => {
    const r = records();
    const e = refusalOf(() => cancelSession(r, { ...input, version: 2 }, contextFor('office')));
    expect(e.code).toBe('stale_version');
    expect(e.current).toEqual(r.sessions[2]);
  });

  it('refuses an unknown session, and an actor outside the cohort scope', () => {
    expect(
      refusalOf(() => cancelSession(records(), { ...input, sessionId: 'x' }, contextFor())).code,
    ).toBe('not_found');
    expect(refusalOf(() => cancelSession(records(), input, contextFor('stranger'))).code).toBe(
      'forbidden',
    );
  });
});
