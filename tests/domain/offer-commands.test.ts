import { describe, expect, it } from 'vitest';
import { recordOfferOutcome } from '../../src/domain/commands/offer-outcomes';
import { makeOffer } from '../../src/domain/commands/offers';
import { DEFAULT_OFFER_HOURS, MAX_OFFER_HOURS } from '../../src/domain/offers';
import {
  ADMIN_ID,
  NOW,
  contextFor,
  enrolment,
  frozen,
  offer,
  records,
  referral,
  refusalOf,
  vacancy,
} from './offer-records';

const offerInput = (over: Partial<Parameters<typeof makeOffer>[1]> = {}) => ({
  vacancyId: 'vac-1',
  version: 3,
  referralId: 'ref-ann',
  expiresInHours: DEFAULT_OFFER_HOURS,
  ...over,
});

/** ann holds the open offer (version 1) of vac-1, which she has until tomorrow. */
function offered() {
  const r = records();
  r.referrals[0] = referral('ref-ann', { status: 'offered', version: 2 });
  r.vacancies[0] = vacancy('vac-1', { version: 4 });
  r.offers.push(offer('off-1'));
  return r;
}

const outcome = (o: 'accepted' | 'declined' | 'expired', over = {}) => ({
  offerId: 'off-1',
  version: 1,
  outcome: o,
  ...over,
});

describe('makeOffer', () => {
  it('offers the place for 48 hours, marks the person offered and moves the vacancy on', () => {
    const r = frozen(records());
    const { changes, result } = makeOffer(r, offerInput(), contextFor());
    expect(result).toEqual({
      id: 'off-new1',
      vacancyId: 'vac-1',
      referralId: 'ref-ann',
      createdAt: NOW,
      createdBy: ADMIN_ID,
      expiresAt: '2026-11-04T10:00:00.000Z',
      status: 'open',
      decidedAt: null,
      declineReason: null,
      declineNote: '',
      version: 1,
    });
    expect(changes.put.offers).toEqual([result]);
    expect(changes.put.referrals).toEqual([{ ...r.referrals[0], status: 'offered', version: 2 }]);
    expect(changes.put.vacancies).toEqual([{ ...r.vacancies[0], version: 4 }]);
    expect(changes.audit).toEqual([
      {
        action: 'offer.create',
        entity: 'offer',
        entityId: 'off-new1',
        before: null,
        after: result,
      },
    ]);
  });

  it('keeps the offer open for the hours asked, at most 14 days', () => {
    const r = records();
    const { result } = makeOffer(r, offerInput({ expiresInHours: 24 }), contextFor());
    expect(result.expiresAt).toBe('2026-11-03T10:00:00.000Z');
    const tooLong = refusalOf(() =>
      makeOffer(r, offerInput({ expiresInHours: MAX_OFFER_HOURS + 1 }), contextFor()),
    );
    expect(tooLong.code).toBe('validation_failed');
    expect(Object.keys(tooLong.fieldErrors ?? {})).toEqual(['expiresInHours']);
  });

  it('refuses a version of the vacancy that is not the latest (If-Match), with the current one', () => {
    const e = refusalOf(() => makeOffer(records(), offerInput({ version: 2 }), contextFor()));
    expect(e.code).toBe('stale_version');
    expect(e.current).toMatchObject({ id: 'vac-1', version: 3 });
  });

  it('refuses an unknown vacancy or referral', () => {
    const r = records();
    expect(
      refusalOf(() => makeOffer(r, offerInput({ vacancyId: 'vac-x' }), contextFor())).code,
    ).toBe('not_found');
    expect(
      refusalOf(() => makeOffer(r, offerInput({ referralId: 'ref-x' }), contextFor())).code,
    ).toBe('not_found');
  });

  it('allows one open offer per vacancy', () => {
    const r = offered();
    const e = refusalOf(() =>
      makeOffer(r, offerInput({ version: 4, referralId: 'ref-ben' }), contextFor()),
    );
    expect(e.code).toBe('conflict');
    expect(e.message).toMatch(/already offered to Ann Example/);
    expect(e.current).toMatchObject({ id: 'off-1' });
  });

  it('allows one open offer per person', () => {
    const r = offered();
    r.vacancies.push(vacancy('vac-2', { cohortId: 'coh-2' }));
    const e = refusalOf(() =>
      makeOffer(r, offerInput({ vacancyId: 'vac-2', referralId: 'ref-ann' }), contextFor()),
    );
    expect(e.code).toBe('conflict');
    expect(e.message).toMatch(/Ann Example already has an open offer/);
  });

  it('offers only to someone eligible who is still waiting, never to someone placed', () => {
    const r = records();
    r.referrals[0] = referral('ref-ann', { status: 'enrolled' });
    r.referrals[1] = referral('ref-ben', { nhsNumber: '9434765870', borough: 'Camden' });
    const placed = refusalOf(() =>
      makeOffer(r, offerInput({ referralId: 'ref-ann' }), contextFor()),
    );
    expect(placed.code).toBe('already_enrolled');
    expect(placed.message).toMatch(/already has a place in a cohort/);
    const camden = refusalOf(() =>
      makeOffer(r, offerInput({ referralId: 'ref-ben' }), contextFor()),
    );
    expect(camden.code).toBe('invalid_state');
    expect(camden.message).toMatch(/is not waiting for a place/);
  });

  it('refuses a place that is filled, closed, or past the late-joining cut-off', () => {
    const filled = records();
    filled.vacancies[0] = vacancy('vac-1', { status: 'filled' });
    expect(refusalOf(() => makeOffer(filled, offerInput(), contextFor())).message).toBe(
      'This place is filled.',
    );
    // Session 3 of coh-1 is on 23 Nov: from that day late joining has closed.
    const late = refusalOf(() =>
      makeOffer(records(), offerInput(), contextFor({ today: '2026-11-23' })),
    );
    expect(late.code).toBe('invalid_state');
    expect(late.message).toMatch(/Late joining has closed/);
    // The service setting moves the cut-off.
    const r = records();
    r.settings.lateJoinCutoffSession = 4;
    expect(makeOffer(r, offerInput(), contextFor({ today: '2026-11-23' })).result.status).toBe(
      'open',
    );
  });
});

describe('recordOfferOutcome: accepted', () => {
  it('enrols the person as confirmed, takes them off the list and fills the vacancy', () => {
    const r = frozen(offered());
    const { changes, result } = recordOfferOutcome(r, outcome('accepted'), contextFor());
    expect(result).toEqual({ ...r.offers[0], status: 'accepted', decidedAt: NOW, version: 2 });
    const [enrolled] = changes.put.enrolments ?? [];
    expect(enrolled).toMatchObject({
      id: 'enr-new1',
      cohortId: 'coh-1',
      participantId: 'par-ann',
      status: 'confirmed',
      joinedOn: '2026-11-02',
      agreementRecordedAt: null,
      history: [
        { status: 'confirmed', at: NOW, byStaffId: ADMIN_ID, note: 'Accepted offer off-1' },
      ],
    });
    expect(changes.put.referrals).toEqual([{ ...r.referrals[0], status: 'enrolled', version: 3 }]);
    expect(changes.put.vacancies).toEqual([{ ...r.vacancies[0], status: 'filled', version: 5 }]);
    expect(changes.put.offers).toEqual([result]);
    expect(changes.audit.map((a) => [a.action, a.entityId])).toEqual([
      ['enrolment.create', 'enr-new1'],
      ['vacancy.fill', 'vac-1'],
      ['offer.accept', 'off-1'],
    ]);
    expect(changes.audit[2]).toMatchObject({ before: r.offers[0], after: result });
  });

  it('refuses an offer past its expiry (on the command clock): it can only be recorded expired', () => {
    const r = offered();
    const ctx = contextFor({ now: '2026-11-03T10:00:00.000Z', today: '2026-11-03' });
    const e = refusalOf(() => recordOfferOutcome(r, outcome('accepted'), ctx));
    expect(e.code).toBe('invalid_state');
    expect(e.message).toMatch(/has expired/);
  });

  it('refuses a full cohort with cohort_full', () => {
    const r = offered();
    r.enrolments.push(enrolment('yan', { status: 'active' }));
    const e = refusalOf(() => recordOfferOutcome(r, outcome('accepted'), contextFor()));
    expect(e.code).toBe('cohort_full');
    expect(e.message).toMatch(/full \(2 of 2 places\)/);
  });

  it('refuses someone who already holds a place in a current cohort with already_enrolled', () => {
    const r = offered();
    r.enrolments.push(enrolment('other', { cohortId: 'coh-2', participantId: 'par-ann' }));
    const e = refusalOf(() => recordOfferOutcome(r, outcome('accepted'), contextFor()));
    expect(e.code).toBe('already_enrolled');
    expect(e.message).toMatch(/Ann Example already has a place in Cohort coh-2/);
  });

  it('refuses a cohort that was cancelled meanwhile, and a vacancy no longer open', () => {
    const cancelled = offered();
    cancelled.cohorts[0] = { ...cancelled.cohorts[0]!, status: 'cancelled' };
    expect(
      refusalOf(() => recordOfferOutcome(cancelled, outcome('accepted'), contextFor())).code,
    ).toBe('invalid_state');
    const closed = offered();
    closed.vacancies[0] = vacancy('vac-1', { status: 'closed', version: 4 });
    expect(
      refusalOf(() => recordOfferOutcome(closed, outcome('accepted'), contextFor())).message,
    ).toBe('This place is closed.');
  });
});

describe('recordOfferOutcome: declined, expired, and any outcome', () => {
  it('a decline puts the person back at their original place on the list', () => {
    const r = frozen(offered());
    const { changes, result } = recordOfferOutcome(
      r,
      outcome('declined', { reason: 'too_unwell' }),
      contextFor(),
    );
    expect(result).toMatchObject({
      status: 'declined',
      decidedAt: NOW,
      declineReason: 'too_unwell',
      version: 2,
    });
    expect(changes.put.referrals).toEqual([
      { ...r.referrals[0], status: 'waiting', referralDate: '2026-09-01', version: 3 },
    ]);
    expect(changes.put.vacancies).toEqual([{ ...r.vacancies[0], version: 5 }]);
    expect(changes.put.enrolments).toBeUndefined();
    expect(changes.audit.map((a) => a.action)).toEqual(['offer.decline']);
  });

  it('records expiry only once the offer has run out', () => {
    const r = offered();
    const early = refusalOf(() => recordOfferOutcome(r, outcome('expired'), contextFor()));
    expect(early.code).toBe('invalid_state');
    expect(early.message).toBe('This offer has not expired yet.');
    const ctx = contextFor({ now: '2026-11-03T10:00:00.000Z', today: '2026-11-03' });
    const { changes, result } = recordOfferOutcome(r, outcome('expired'), ctx);
    expect(result.status).toBe('expired');
    expect(changes.put.referrals?.[0]?.status).toBe('waiting');
    expect(changes.audit.map((a) => a.action)).toEqual(['offer.expire']);
  });

  it('refuses a stale version of the offer, an unknown offer and an offer already decided', () => {
    const r = offered();
    const stale = refusalOf(() =>
      recordOfferOutcome(r, outcome('accepted', { version: 0 }), contextFor()),
    );
    expect(stale.code).toBe('stale_version');
    expect(stale.current).toMatchObject({ id: 'off-1', version: 1 });
    expect(
      refusalOf(() =>
        recordOfferOutcome(r, outcome('declined', { offerId: 'off-x' }), contextFor()),
      ).code,
    ).toBe('not_found');
    r.offers[0] = offer('off-1', { status: 'declined', version: 2 });
    const decided = refusalOf(() =>
      recordOfferOutcome(r, outcome('accepted', { version: 2 }), contextFor()),
    );
    expect(decided.code).toBe('invalid_state');
    expect(decided.message).toBe('This offer was already declined.');
  });
});
