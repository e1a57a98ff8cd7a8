import { beforeEach, describe, expect, it } from 'vitest';
import { store } from '../../mocks/db';
import { expireOffersNow } from '../../mocks/offer-expiry-tick';
import { seedDb } from '../../mocks/seed';

// The mock's expiry tick records what its reads already show: an offer past its expiry is
// expired (at its expiry time), the person waiting again, audited as the system.

const HOUR = 3_600_000;

beforeEach(() => store.load(seedDb()));

function openOffer(expiresInMs: number) {
  return store.transact((db) => {
    const referral = db.referrals.find((r) => r.status === 'waiting')!;
    referral.status = 'offered';
    const vacancy = {
      id: 'vac_tick',
      cohortId: db.cohorts[0]!.id,
      freedByEnrolmentId: db.enrolments[0]!.id,
      openedAt: new Date(Date.now() - 50 * HOUR).toISOString(),
      status: 'open' as const,
      closedReason: null,
      version: 1,
    };
    db.vacancies.push(vacancy);
    const offer = {
      id: 'off_tick',
      vacancyId: vacancy.id,
      referralId: referral.id,
      createdAt: new Date(Date.now() - 48 * HOUR).toISOString(),
      createdBy: 'stf_sam',
      expiresAt: new Date(Date.now() + expiresInMs).toISOString(),
      status: 'open' as const,
      decidedAt: null,
      declineReason: null,
      declineNote: '',
      version: 1,
    };
    db.offers.push(offer);
    return { referral, offer };
  });
}

describe('the mock offer expiry tick', () => {
  it('leaves an offer still open alone', () => {
    openOffer(HOUR);
    expect(expireOffersNow()).toEqual([]);
    expect(store.data.offers[0]?.status).toBe('open');
  });

  it('expires a lapsed offer at its expiry time, puts the person back and audits it as the system', () => {
    const { referral, offer } = openOffer(-HOUR);
    const auditBefore = store.data.audit.length;
    expect(expireOffersNow()).toEqual([offer.id]);
    expect(store.data.offers.find((o) => o.id === offer.id)).toMatchObject({
      status: 'expired',
      decidedAt: offer.expiresAt,
    });
    expect(store.data.referrals.find((r) => r.id === referral.id)?.status).toBe('waiting');
    expect(store.data.audit.slice(auditBefore)).toEqual([
      expect.objectContaining({ action: 'offer.expire', actorId: 'system', actorRole: 'system' }),
    ]);
    expect(expireOffersNow()).toEqual([]);
  });
});
