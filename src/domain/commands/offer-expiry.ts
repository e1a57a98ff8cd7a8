import type { Offer } from '../../api/schemas/referrals';
import { effectiveOfferStatus } from '../offers';
import type { CommandContext, Outcome } from './command';
import { ChangeSet } from './change-set';
import type { OfferRecords } from './offers';

// An offer past its expiry expires by itself. Reads show the records as they stand
// at the moment asked (`recordsAt`), writing nothing; the server's expiry job and any write
// that touches offers record the same thing (`expireLapsed`). Both give the expired offer the
// same shape, so a page read before the job and after it shows the same.

/** The open offer as it stands once lapsed: expired at its expiry time. */
function lapsed(offer: Offer): Offer {
  return { ...offer, status: 'expired', decidedAt: offer.expiresAt, version: offer.version + 1 };
}

/** Open offers whose expiry has passed at `now`. */
export function lapsedOffers(offers: readonly Offer[], now: Date): Offer[] {
  return offers.filter((o) => o.status === 'open' && effectiveOfferStatus(o, now) === 'expired');
}

/** The records as they stand at `now`: each lapsed offer expired, and its person back on the
 * list at their place (the referral date is unchanged). Nothing is written. */
export function recordsAt<R extends Pick<OfferRecords, 'offers' | 'referrals'>>(
  r: R,
  now: Date,
): R {
  const gone = lapsedOffers(r.offers, now);
  if (gone.length === 0) return r;
  const ids = new Set(gone.map((o) => o.id));
  const back = new Set(gone.map((o) => o.referralId));
  return {
    ...r,
    offers: r.offers.map((o) => (ids.has(o.id) ? lapsed(o) : o)),
    referrals: r.referrals.map((x) =>
      back.has(x.id) && x.status === 'offered' ? { ...x, status: 'waiting' as const } : x,
    ),
  };
}

/** Records each lapsed offer as expired in `cs`, with an audit entry each. The referral and
 * the vacancy keep their versions: expiry changes only what every read already showed, so
 * no one's If-Match goes stale because of it. */
export function expireLapsed(
  r: Pick<OfferRecords, 'offers' | 'referrals'>,
  ctx: CommandContext,
  cs: ChangeSet,
): Offer[] {
  const gone = lapsedOffers(r.offers, new Date(ctx.now));
  for (const offer of gone) {
    const expired = cs.put('offers', lapsed(offer));
    cs.audit('offer.expire', 'offer', offer.id, offer, expired);
    const referral = r.referrals.find((x) => x.id === offer.referralId);
    if (referral?.status === 'offered') cs.put('referrals', { ...referral, status: 'waiting' });
  }
  return gone;
}

/** The expiry job's command: every lapsed offer recorded as expired. */
export function expireLapsedOffers(
  r: Pick<OfferRecords, 'offers' | 'referrals'>,
  ctx: CommandContext,
): Outcome<{ expired: string[] }> {
  const cs = new ChangeSet();
  const gone = expireLapsed(r, ctx, cs);
  return cs.done({ expired: gone.map((o) => o.id) });
}
