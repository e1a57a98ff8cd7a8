import { describe, expect, it } from 'vitest';
import type { NewReferral } from '../../src/api/schemas/referrals';
import { createReferral } from '../../src/domain/commands/referrals';
import { contextFor, frozen, records, referral, refusalOf } from './offer-records';

const input = (over: Partial<NewReferral> = {}): NewReferral => ({
  givenName: 'Cal',
  familyName: 'Newman',
  nhsNumber: '4010232137',
  dateOfBirth: '1980-05-05',
  borough: 'Islington',
  gpPractice: 'Archway Medical Centre',
  phone: '',
  email: 'cal@example.org',
  referralDate: '2026-10-20',
  availability: [
    { day: 'tue', time: 'morning' },
    { day: 'tue', time: 'evening' },
  ],
  accessNeeds: '',
  urgent: true,
  notes: 'Prefers email',
  ...over,
});

describe('createReferral', () => {
  it('adds someone new: a participant record and a waiting referral, audited', () => {
    const r = frozen(records());
    const { changes, result } = createReferral(r, input(), contextFor());
    expect(changes.put.participants).toEqual([
      {
        id: 'ptc-new1',
        givenName: 'Cal',
        familyName: 'Newman',
        nhsNumber: '4010232137',
        dateOfBirth: '1980-05-05',
        borough: 'Islington',
        phone: null,
        email: 'cal@example.org',
        // A new person hears by text, with consent to reminders, until staff say otherwise.
        contactChannel: 'text',
        remindersConsent: true,
      },
    ]);
    expect(result).toMatchObject({
      id: 'ref-new2',
      participantId: 'ptc-new1',
      nhsNumber: '4010232137',
      referralDate: '2026-10-20',
      availability: [
        { day: 'tue', time: 'morning' },
        { day: 'tue', time: 'evening' },
      ],
      urgent: true,
      status: 'waiting',
      version: 1,
    });
    expect(changes.put.referrals).toEqual([result]);
    expect(changes.audit).toEqual([
      {
        action: 'referral.create',
        entity: 'referral',
        entityId: 'ref-new2',
        before: null,
        after: result,
      },
    ]);
  });

  it('refuses an ineligible borough with 422 ineligible_borough, saying where to signpost', () => {
    const camden = refusalOf(() =>
      createReferral(records(), input({ borough: 'Camden' }), contextFor()),
    );
    expect(camden.code).toBe('ineligible_borough');
    expect(camden.current).toEqual({ reason: 'signpost_camden' });
    expect(camden.fieldErrors?.borough?.[0]).toMatch(/Camden’s MSK pain services/);
    const hackney = refusalOf(() =>
      createReferral(records(), input({ borough: 'Hackney' }), contextFor()),
    );
    expect(hackney.code).toBe('ineligible_borough');
    expect(hackney.current).toEqual({ reason: 'outside_area' });
    expect(Object.keys(hackney.fieldErrors ?? {})).toEqual(['borough']);
  });

  it('refuses an NHS number already on the list (waiting or offered), naming the referral', () => {
    const r = records();
    for (const status of ['waiting', 'offered'] as const) {
      r.referrals[0] = referral('ref-ann', { status });
      const e = refusalOf(() =>
        createReferral(r, input({ nhsNumber: '9434765919' }), contextFor()),
      );
      expect(e.code).toBe('duplicate_nhs_number');
      expect(e.current).toEqual({ id: 'ref-ann' });
      expect(e.fieldErrors).toEqual({ nhsNumber: ['Already on the waiting list'] });
      expect(e.message).toMatch(/Ann Example is already on the waiting list/);
    }
  });

  it('re-refers someone after an earlier course on their one participant record', () => {
    const r = frozen({
      ...records(),
      referrals: [referral('ref-ann', { status: 'enrolled' })],
    });
    const { changes, result } = createReferral(
      r,
      input({ givenName: 'Ann', familyName: 'Example', nhsNumber: '9434765919' }),
      contextFor(),
    );
    expect(changes.put.participants).toBeUndefined();
    expect(result).toMatchObject({ id: 'ref-new1', participantId: 'par-ann', status: 'waiting' });
  });
});
