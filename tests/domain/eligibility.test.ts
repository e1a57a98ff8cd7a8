import { describe, expect, it } from 'vitest';
import { BOROUGHS, checkEligibility } from '../../src/domain/eligibility';
import { waitWeeks } from '../../src/domain/waiting-list';
import { DEFAULT_OFFER_HOURS, isPastExpiry, offerExpiresAt } from '../../src/domain/offers';

describe('checkEligibility', () => {
  it('accepts only the service borough, whatever the case or spacing', () => {
    expect(checkEligibility('Islington')).toEqual({ eligible: true });
    expect(checkEligibility('  islington ')).toEqual({ eligible: true });
    const others = BOROUGHS.filter((b) => b !== 'Islington');
    expect(others.every((b) => !checkEligibility(b).eligible)).toBe(true);
  });

  it('signposts Camden to its own MSK pain services by self- or GP referral', () => {
    const r = checkEligibility('Camden');
    expect(r).toMatchObject({ eligible: false, reason: 'signpost_camden' });
    expect(!r.eligible && r.message).toMatch(
      /Camden’s MSK pain services.*self-referral or through their GP/,
    );
  });

  it('gives any other borough a generic not-in-our-area answer', () => {
    expect(checkEligibility('Hackney')).toMatchObject({ eligible: false, reason: 'outside_area' });
    expect(checkEligibility('Outside London')).toMatchObject({
      eligible: false,
      reason: 'outside_area',
    });
  });
});

describe('waitWeeks and offer expiry', () => {
  it('counts whole weeks waited, never negative', () => {
    expect(waitWeeks('2026-11-01', '2026-11-07')).toBe(0);
    expect(waitWeeks('2026-11-01', '2026-11-08')).toBe(1);
    expect(waitWeeks('2026-11-30', '2026-11-23')).toBe(0);
  });
  it('expires 48 hours after the offer by default', () => {
    const now = new Date('2026-11-23T10:00:00Z');
    expect(DEFAULT_OFFER_HOURS).toBe(48);
    expect(offerExpiresAt(now)).toBe('2026-11-25T10:00:00.000Z');
    expect(isPastExpiry({ expiresAt: offerExpiresAt(now) }, new Date('2026-11-25T09:59:59Z'))).toBe(
      false,
    );
    expect(isPastExpiry({ expiresAt: offerExpiresAt(now) }, new Date('2026-11-25T10:00:00Z'))).toBe(
      true,
    );
  });
});
