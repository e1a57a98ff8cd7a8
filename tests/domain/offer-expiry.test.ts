import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Offer } from '../../src/api/schemas/referrals';
import { expireLapsedOffers, recordsAt } from '../../src/domain/commands/offer-expiry';
import { effectiveOfferStatus } from '../../src/domain/offers';
import { contextFor, offer, records, referral } from './offer-records';

// An open offer past its expiry reads as expired at any moment after it (no write);
// the expiry job records exactly what the reads showed.

const HOUR = 3_600_000;
const EXPIRES = '2026-11-04T10:00:00.000Z';
const at = (ms: number) => new Date(Date.parse(EXPIRES) + ms);

describe('effectiveOfferStatus', () => {
  it('is expired from the expiry time on, only for an open offer', () => {
    const open = { status: 'open' as const, expiresAt: EXPIRES };
    expect(effectiveOfferStatus(open, at(-1))).toBe('open');
    expect(effectiveOfferStatus(open, at(0))).toBe('expired');
    expect(effectiveOfferStatus({ ...open, status: 'accepted' }, at(HOUR))).toBe('accepted');
    expect(effectiveOfferStatus({ ...open, status: 'declined' }, at(HOUR))).toBe('declined');
  });

  it('never goes back to open as time moves on, and changes only an open offer (property)', () => {
    const statusArb = fc.constantFrom('open', 'accepted', 'declined', 'expired') as fc.Arbitrary<
      Offer['status']
    >;
    fc.assert(
      fc.property(statusArb, fc.integer({ min: -1000, max: 1000 }), fc.nat(2000), (s, a, step) => {
        const o = { status: s, expiresAt: EXPIRES };
        const first = effectiveOfferStatus(o, at(a * HOUR));
        const later = effectiveOfferStatus(o, at((a + step) * HOUR));
        if (first === 'expired') expect(later).toBe('expired');
        if (s !== 'open') expect(first).toBe(s);
      }),
    );
  });
});

describe('recordsAt and the expiry job', () => {
  const withOpenOffer = () => {
    const r = records();
    r.referrals[0] = referral('ref-ann', { status: 'offered', version: 2 });
    r.offers.push(offer('off-1', { expiresAt: EXPIRES }));
    return r;
  };

  it('shows a lapsed offer expired and its person waiting, writing nothing', () => {
    const r = withOpenOffer();
    const before = structuredClone(r);
    const seen = recordsAt(r, at(1));
    expect(seen.offers[0]).toMatchObject({ status: 'expired', decidedAt: EXPIRES });
    expect(seen.referrals[0]).toMatchObject({ status: 'waiting', version: 2 });
    expect(r).toEqual(before);
    expect(recordsAt(r, at(-1))).toBe(r);
  });

  it('the job records exactly what reads showed, with one audit entry per offer (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -72, max: 72 }), { maxLength: 6 }),
        fc.integer({ min: -72, max: 72 }),
        (expiries, nowHours) => {
          const r = records();
          expiries.forEach((h, i) => {
            r.referrals.push(
              referral(`ref-${i}`, { status: 'offered', nhsNumber: `99900000${10 + i}` }),
            );
            r.offers.push(
              offer(`off-${i}`, {
                referralId: `ref-${i}`,
                vacancyId: `vac-${i}`,
                expiresAt: at(h * HOUR).toISOString(),
              }),
            );
          });
          const now = at(nowHours * HOUR);
          const seen = recordsAt(r, now);
          const { changes, result } = expireLapsedOffers(r, contextFor({ now: now.toISOString() }));
          const written = {
            ...r,
            offers: r.offers.map((o) => changes.put.offers?.find((x) => x.id === o.id) ?? o),
            referrals: r.referrals.map(
              (x) => changes.put.referrals?.find((y) => y.id === x.id) ?? x,
            ),
          };
          expect(written.offers).toEqual(seen.offers);
          expect(written.referrals).toEqual(seen.referrals);
          expect(changes.audit.map((a) => a.entityId)).toEqual(result.expired);
          expect(result.expired).toEqual(
            expiries.flatMap((h, i) => (h * HOUR <= nowHours * HOUR ? [`off-${i}`] : [])),
          );
          // Run again: nothing left to expire.
          expect(recordsAt(written, now)).toBe(written);
        },
      ),
    );
  });
});
