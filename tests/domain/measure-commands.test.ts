import { describe, expect, it } from 'vitest';
import type { SafetyAlert } from '../../src/api/schemas/alerts';
import type { MeasureSet } from '../../src/api/schemas/measures';
import { reviewAlert } from '../../src/domain/commands/alerts';
import { recordMeasures } from '../../src/domain/commands/measures';
import { contextFor, FACILITATOR_ID, mark, NOW, records, refusalOf } from './register-records';

// The two write commands of outcome measures: recording a session's answers (by staff in the
// register, or by the person through their link) and reviewing the alert an item-9 answer
// raises.

const PHQ9_SAFE = [1, 1, 1, 1, 1, 1, 1, 1, 0]; // 8
const PHQ9_RISK = [1, 1, 1, 1, 1, 1, 1, 1, 2]; // 10, item 9 answered 2
const GAD7 = [1, 1, 1, 1, 1, 1, 1]; // 7
const WSAS = [2, 2, 2, 2, 2]; // 10

function measureRecords() {
  return {
    ...records(),
    measures: [] as MeasureSet[],
    alerts: [] as SafetyAlert[],
  };
}
const present = () => {
  const r = measureRecords();
  r.attendance.push(mark('ses-2', 'ann', { code: 5 }), mark('ses-2', 'bob', { code: 3 }));
  return r;
};
const input = { sessionId: 'ses-2', enrolmentId: 'ann', version: 0 };

describe('recordMeasures by staff', () => {
  it('stores the first set at version 1 with its totals, and audits it', () => {
    const { changes, result } = recordMeasures(
      present(),
      { ...input, phq9: PHQ9_SAFE, gad7: GAD7 },
      contextFor(),
    );
    expect(result).toMatchObject({
      version: 1,
      totals: { phq9: 8, gad7: 7, wsas: null },
      complete: false,
      enteredBy: 'staff',
      openAlert: null,
    });
    expect(changes.put.measures).toEqual([
      {
        id: 'msr-new1',
        sessionId: 'ses-2',
        enrolmentId: 'ann',
        phq9: PHQ9_SAFE,
        gad7: GAD7,
        wsas: null,
        pain: null,
        enteredBy: 'staff',
        enteredById: FACILITATOR_ID,
        updatedAt: NOW,
        version: 1,
      },
    ]);
    expect(changes.put.alerts).toBeUndefined();
    expect(changes.audit.map((a) => a.action)).toEqual(['measures.record']);
  });

  it('replaces only the instruments sent and keeps the others; complete once all three', () => {
    const r = present();
    const first = recordMeasures(r, { ...input, phq9: PHQ9_SAFE, gad7: GAD7 }, contextFor());
    r.measures.push(first.changes.put.measures![0]!);
    const { result } = recordMeasures(r, { ...input, version: 1, wsas: WSAS }, contextFor());
    expect(result).toMatchObject({
      version: 2,
      phq9: PHQ9_SAFE,
      gad7: GAD7,
      wsas: WSAS,
      totals: { phq9: 8, gad7: 7, wsas: 10 },
      complete: true,
    });
  });

  it('raises one alert for item 9 above 0, in the same write; a later 0 never closes it', () => {
    const r = present();
    const ctx = contextFor();
    const risk = recordMeasures(r, { ...input, phq9: PHQ9_RISK }, ctx);
    const alert = risk.changes.put.alerts![0]!;
    expect(alert).toMatchObject({
      enrolmentId: 'ann',
      sessionId: 'ses-2',
      cohortId: 'coh-1',
      raisedBy: FACILITATOR_ID,
      status: 'open',
      version: 1,
    });
    expect(risk.result.openAlert).toEqual({ id: alert.id, version: 1 });
    expect(risk.changes.audit.map((a) => a.action)).toEqual(['measures.record', 'alert.raise']);

    r.measures.push(risk.changes.put.measures![0]!);
    r.alerts.push(alert);
    const again = recordMeasures(r, { ...input, version: 1, phq9: PHQ9_RISK }, contextFor());
    expect(again.changes.put.alerts).toBeUndefined();
    const safe = recordMeasures(r, { ...input, version: 1, phq9: PHQ9_SAFE }, contextFor());
    expect(safe.result.openAlert).toEqual({ id: alert.id, version: 1 });
  });

  it('refuses someone not marked present, a stale version, and another cohort', () => {
    const r = present();
    expect(
      refusalOf(() =>
        recordMeasures(r, { ...input, enrolmentId: 'bob', phq9: PHQ9_SAFE }, contextFor()),
      ).code,
    ).toBe('invalid_state');
    expect(
      refusalOf(() =>
        recordMeasures(r, { ...input, enrolmentId: 'dan', phq9: PHQ9_SAFE }, contextFor()),
      ).code,
    ).toBe('invalid_state');
    expect(
      refusalOf(() => recordMeasures(r, { ...input, version: 3, gad7: GAD7 }, contextFor())).code,
    ).toBe('stale_version');
    expect(
      refusalOf(() => recordMeasures(r, { ...input, gad7: GAD7 }, contextFor('stranger'))).code,
    ).toBe('forbidden');
  });
});

describe('recordMeasures by the person (their link)', () => {
  const link = () => {
    const ctx = contextFor('office');
    return { ...ctx, actor: { ...ctx.actor, id: 'lnk-1' } };
  };

  it('takes answers before the session, unmarked, as the person, and raises the alert', () => {
    const r = measureRecords();
    const { changes, result } = recordMeasures(
      r,
      { ...input, sessionId: 'ses-3', enteredBy: 'person', phq9: PHQ9_RISK },
      link(),
    );
    expect(result).toMatchObject({ enteredBy: 'person', totals: { phq9: 10 } });
    expect(changes.put.measures![0]).toMatchObject({ enteredBy: 'person', enteredById: 'lnk-1' });
    expect(changes.put.alerts![0]).toMatchObject({ raisedBy: 'lnk-1', status: 'open' });
  });

  it('refuses a person marked as not coming, a cancelled session, and a set staff entered', () => {
    const r = present();
    r.attendance.push(mark('ses-3', 'ann', { code: 2 }));
    expect(
      refusalOf(() =>
        recordMeasures(
          r,
          { ...input, sessionId: 'ses-3', enteredBy: 'person', gad7: GAD7 },
          link(),
        ),
      ).code,
    ).toBe('invalid_state');
    r.sessions.find((s) => s.id === 'ses-2')!.status = 'cancelled_by_provider';
    expect(
      refusalOf(() => recordMeasures(r, { ...input, enteredBy: 'person', gad7: GAD7 }, link()))
        .message,
    ).toMatch(/not expecting answers/);
    const staff = present();
    const entered = recordMeasures(staff, { ...input, gad7: GAD7 }, contextFor());
    staff.measures.push(entered.changes.put.measures![0]!);
    expect(
      refusalOf(() =>
        recordMeasures(
          staff,
          { ...input, version: 1, enteredBy: 'person', phq9: PHQ9_SAFE },
          link(),
        ),
      ).message,
    ).toMatch(/already recorded answers/);
  });
});

describe('reviewAlert', () => {
  const open = (): SafetyAlert => ({
    id: 'alr-1',
    enrolmentId: 'ann',
    sessionId: 'ses-2',
    cohortId: 'coh-1',
    raisedAt: '2026-08-24T18:30:00.000Z',
    raisedBy: FACILITATOR_ID,
    status: 'open',
    action: null,
    note: '',
    reviewedBy: null,
    reviewedAt: null,
    version: 1,
  });
  const alertRecords = () => ({ cohorts: records().cohorts, alerts: [open()] });

  it('records what was done, by whom and when, and audits before and after', () => {
    const { changes, result } = reviewAlert(
      alertRecords(),
      { alertId: 'alr-1', version: 1, action: 'called', note: '  Spoke to them  ' },
      contextFor(),
    );
    expect(result).toEqual({
      ...open(),
      status: 'reviewed',
      action: 'called',
      note: 'Spoke to them',
      reviewedBy: FACILITATOR_ID,
      reviewedAt: NOW,
      version: 2,
    });
    expect(changes.audit).toEqual([
      { action: 'alert.review', entity: 'alert', entityId: 'alr-1', before: open(), after: result },
    ]);
  });

  it('needs a reason for no action, and takes urgent referral without one', () => {
    const e = refusalOf(() =>
      reviewAlert(
        alertRecords(),
        { alertId: 'alr-1', version: 1, action: 'no_action', note: ' ' },
        contextFor(),
      ),
    );
    expect(e.fieldErrors).toEqual({ note: ['Say why no action was needed'] });
    const { result } = reviewAlert(
      alertRecords(),
      { alertId: 'alr-1', version: 1, action: 'urgent_referral' },
      contextFor(),
    );
    expect(result).toMatchObject({ action: 'urgent_referral', note: '' });
  });

  it('refuses a second review, a stale version, an unknown alert and another cohort', () => {
    const r = alertRecords();
    r.alerts[0] = { ...open(), status: 'reviewed', action: 'called', version: 2 };
    const review = { alertId: 'alr-1', action: 'called' as const, note: 'x' };
    expect(refusalOf(() => reviewAlert(r, { ...review, version: 2 }, contextFor())).code).toBe(
      'invalid_state',
    );
    expect(refusalOf(() => reviewAlert(r, { ...review, version: 1 }, contextFor())).code).toBe(
      'stale_version',
    );
    expect(
      refusalOf(() => reviewAlert(r, { ...review, alertId: 'alr-x', version: 1 }, contextFor()))
        .code,
    ).toBe('not_found');
    expect(
      refusalOf(() =>
        reviewAlert(alertRecords(), { ...review, version: 1 }, contextFor('stranger')),
      ).code,
    ).toBe('forbidden');
  });
});
