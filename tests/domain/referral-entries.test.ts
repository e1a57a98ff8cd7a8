import { describe, expect, it } from 'vitest';
import {
  closeReferral,
  reopenReferral,
  updateReferral,
} from '../../src/domain/commands/referral-entries';
import { contextFor, frozen, records, referral, refusalOf } from './offer-records';

const changes = {
  phone: '020 7946 0000',
  email: 'ann@example.org',
  availability: [
    { day: 'sat', time: 'morning' },
    { day: 'mon', time: 'evening' },
  ] as const,
  accessNeeds: '',
  urgent: true,
  notes: '',
};

describe('updateReferral', () => {
  it('saves the entry and the contact details, and audits only what changed, with what it was', () => {
    const r = frozen(records());
    const { changes: out, result } = updateReferral(
      r,
      {
        id: 'ref-ann',
        version: 1,
        changes: { ...changes, availability: [...changes.availability] },
      },
      contextFor(),
    );
    expect(result).toMatchObject({
      email: 'ann@example.org',
      urgent: true,
      version: 2,
      // Stored in week order.
      availability: [
        { day: 'mon', time: 'evening' },
        { day: 'sat', time: 'morning' },
      ],
    });
    expect(out.put.participants?.[0]?.email).toBe('ann@example.org');
    expect(out.audit).toEqual([
      {
        action: 'referral.update',
        entity: 'referral',
        entityId: 'ref-ann',
        before: { email: null, availability: [{ day: 'mon', time: 'evening' }], urgent: false },
        after: {
          email: 'ann@example.org',
          availability: result.availability,
          urgent: true,
        },
      },
    ]);
  });

  it('refuses a stale version with the current entry (412)', () => {
    const refusal = refusalOf(() =>
      updateReferral(
        records(),
        { id: 'ref-ann', version: 0, changes: { ...changes, availability: [] } },
        contextFor(),
      ),
    );
    expect(refusal.code).toBe('stale_version');
    expect(refusal.current).toMatchObject({ id: 'ref-ann', version: 1, phone: '020 7946 0000' });
  });
});

describe('closeReferral and reopenReferral', () => {
  it('closes a waiting entry with its reason, and reopens it at its place', () => {
    const r = records();
    const closed = closeReferral(
      r,
      { id: 'ref-ann', version: 1, reason: 'not_contactable', note: '' },
      contextFor(),
    ).result;
    expect(closed).toMatchObject({ status: 'closed', closure: { reason: 'not_contactable' } });
    const after = { ...r, referrals: r.referrals.map((x) => (x.id === 'ref-ann' ? closed : x)) };
    const reopened = reopenReferral(after, { id: 'ref-ann', version: 2 }, contextFor()).result;
    expect(reopened).toMatchObject({
      status: 'waiting',
      closure: null,
      referralDate: '2026-09-01',
    });
  });

  it('will not close an entry holding an offer, nor one already off the list', () => {
    const r = records();
    for (const status of ['offered', 'enrolled', 'closed'] as const) {
      const with_ = { ...r, referrals: [referral('ref-ann', { status })] };
      expect(
        refusalOf(() =>
          closeReferral(
            with_,
            { id: 'ref-ann', version: 1, reason: 'discharged', note: '' },
            contextFor(),
          ),
        ).code,
      ).toBe('invalid_state');
    }
  });

  it('will not reopen someone already back on the list by another referral', () => {
    const r = {
      ...records(),
      referrals: [
        referral('ref-old', { status: 'closed' }),
        referral('ref-new', { referralDate: '2026-11-01' }),
      ],
    };
    const refusal = refusalOf(() => reopenReferral(r, { id: 'ref-old', version: 1 }, contextFor()));
    expect(refusal.code).toBe('duplicate_nhs_number');
    expect(refusal.current).toEqual({ id: 'ref-new' });
    expect(
      refusalOf(() => reopenReferral(r, { id: 'ref-new', version: 1 }, contextFor())).code,
    ).toBe('invalid_state');
  });
});
