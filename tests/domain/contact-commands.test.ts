import { describe, expect, it } from 'vitest';
import type { ContactAttempt } from '../../src/api/schemas/contacts';
import { contactInputSchema } from '../../src/api/schemas/contacts';
import {
  contactLog,
  recordOfferContact,
  recordReferralContact,
} from '../../src/domain/commands/contacts';
import { ADMIN_ID, contextFor, frozen, NOW, offer, records, refusalOf } from './offer-records';

const phoned = { channel: 'phone', outcome: 'no_answer', outcomeText: '', note: '' } as const;

describe('recordReferralContact', () => {
  it('logs the attempt as the signed-in member of staff, at now by default, and audits it', () => {
    const { changes, result } = recordReferralContact(
      frozen(records()),
      { referralId: 'ref-ann', contact: { ...phoned, note: 'Rang twice' } },
      contextFor(),
    );
    expect(result).toMatchObject({
      referralId: 'ref-ann',
      offerId: null,
      channel: 'phone',
      outcome: 'no_answer',
      at: NOW,
      recordedAt: NOW,
      byStaffId: ADMIN_ID,
      byName: 'Sam Patel',
      note: 'Rang twice',
    });
    expect(changes.put.contactAttempts).toHaveLength(1);
    expect(changes.audit).toEqual([
      expect.objectContaining({
        action: 'contact.record',
        entity: 'referral',
        entityId: 'ref-ann',
        after: expect.objectContaining({ outcome: 'no_answer', channel: 'phone' }),
      }),
    ]);
  });

  it('keeps an earlier time, and refuses one in the future on the server’s clock', () => {
    const earlier = recordReferralContact(
      records(),
      { referralId: 'ref-ann', contact: { ...phoned, at: '2026-11-01T16:30:00+00:00' } },
      contextFor(),
    );
    expect(earlier.result.at).toBe('2026-11-01T16:30:00.000Z');
    const future = refusalOf(() =>
      recordReferralContact(
        records(),
        { referralId: 'ref-ann', contact: { ...phoned, at: '2026-11-02T11:00:00.000Z' } },
        contextFor(),
      ),
    );
    expect(future.code).toBe('validation_failed');
    expect(future.fieldErrors?.at).toBeDefined();
  });

  it('refuses an unknown referral with 404', () => {
    const e = refusalOf(() =>
      recordReferralContact(records(), { referralId: 'ref-nobody', contact: phoned }, contextFor()),
    );
    expect(e.code).toBe('not_found');
  });
});

describe('recordOfferContact', () => {
  it('logs the attempt on the offer and on its entry, where the log shows both newest first', () => {
    const r = records();
    r.offers = [offer('off-1')];
    const { result } = recordOfferContact(
      r,
      { offerId: 'off-1', contact: { ...phoned, outcome: 'accepted_by_phone' } },
      contextFor(),
    );
    expect(result).toMatchObject({ referralId: 'ref-ann', offerId: 'off-1' });
    const older: ContactAttempt = {
      ...result,
      id: 'cat-old',
      offerId: null,
      at: '2026-10-30T09:00:00.000Z',
      recordedAt: '2026-10-30T09:00:00.000Z',
    };
    const withBoth = { ...r, contactAttempts: [older, result] };
    expect(contactLog(withBoth, { referralId: 'ref-ann' }).map((c) => c.id)).toEqual([
      result.id,
      'cat-old',
    ]);
    expect(contactLog(withBoth, { offerId: 'off-1' }).map((c) => c.id)).toEqual([result.id]);
  });

  it('refuses an unknown offer with 404', () => {
    const e = refusalOf(() =>
      recordOfferContact(records(), { offerId: 'off-none', contact: phoned }, contextFor()),
    );
    expect(e.code).toBe('not_found');
  });
});

describe('contactInputSchema (the form and the server)', () => {
  it('needs a channel and an outcome, and words for "other"', () => {
    const bad = contactInputSchema.safeParse({ outcome: 'other' });
    expect(bad.success).toBe(false);
    const paths = bad.error?.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['channel']));
    const other = contactInputSchema.safeParse({ channel: 'sms', outcome: 'other' });
    expect(other.error?.issues.map((i) => i.path.join('.'))).toEqual(['outcomeText']);
    expect(
      contactInputSchema.safeParse({ channel: 'sms', outcome: 'other', outcomeText: 'Texted back' })
        .success,
    ).toBe(true);
  });

  it('refuses a time in the future', () => {
    const at = new Date(Date.now() + 3_600_000).toISOString();
    const r = contactInputSchema.safeParse({ channel: 'phone', outcome: 'no_answer', at });
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['at']);
  });
});
