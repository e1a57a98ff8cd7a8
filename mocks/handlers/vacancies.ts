import { createOfferSchema, offerOutcomeSchema, type Offer } from '../../src/api/schemas/referrals';
import { checkEligibility } from '../../src/domain/eligibility';
import { isPastExpiry, offerExpiresAt } from '../../src/domain/offers';
import { store } from '../db';
import { audit, checkVersion, HttpError, notFound, parse, readJson, route } from '../http';
import { acceptOffer } from '../accept-offer';
import { candidatesFor, findVacancy, offerView, vacancySummary } from '../offer-rules';

export const vacancyHandlers = [
  route('get', '/vacancies', ['admin', 'manager'], () => {
    const db = store.data;
    const items = db.vacancies
      .filter((v) => v.status === 'open')
      .map((v) => vacancySummary(db, v))
      .sort((a, b) => a.openedAt.localeCompare(b.openedAt));
    return { items };
  }),

  route('get', '/vacancies/:id', ['admin', 'manager'], ({ params }) => {
    const db = store.data;
    const vacancy = findVacancy(db, params.id);
    return {
      vacancy: vacancySummary(db, vacancy),
      candidates: vacancy.status === 'open' ? candidatesFor(db, vacancy) : [],
      offers: db.offers
        .filter((o) => o.vacancyId === vacancy.id)
        .map((o) => offerView(db, o))
        .reverse(),
    };
  }),

  // If-Match on the vacancy: two admins offering the same place at once cannot both succeed.
  route('post', '/vacancies/:id/offers', ['admin'], async (ctx) => {
    const input = parse(createOfferSchema, await readJson(ctx.request));
    return store.transact((db) => {
      const vacancy = findVacancy(db, ctx.params.id);
      checkVersion(ctx.request, vacancy, vacancySummary(db, vacancy));
      const summary = vacancySummary(db, vacancy);
      if (!summary.offerable)
        throw new HttpError(
          409,
          'invalid_state',
          vacancy.status === 'open'
            ? 'Late joining has closed for this place.'
            : `This place is ${vacancy.status}.`,
        );
      if (summary.openOffer)
        throw new HttpError(
          409,
          'conflict',
          `This place is already offered to ${summary.openOffer.name}.`,
          undefined,
          summary,
        );
      const referral =
        db.referrals.find((r) => r.id === input.referralId) ?? notFound('That referral');
      if (
        db.offers.some((o) => o.referralId === referral.id && o.status === 'open') ||
        referral.status === 'offered'
      ) {
        throw new HttpError(
          409,
          'conflict',
          `${referral.givenName} ${referral.familyName} already has an open offer.`,
        );
      }
      if (referral.status !== 'waiting' || !checkEligibility(referral.borough).eligible) {
        throw new HttpError(
          409,
          'invalid_state',
          `${referral.givenName} ${referral.familyName} is not waiting for a place.`,
        );
      }
      const now = new Date();
      const offer: Offer = {
        id: store.newId('off'),
        vacancyId: vacancy.id,
        referralId: referral.id,
        createdAt: now.toISOString(),
        createdBy: ctx.user.id,
        expiresAt: offerExpiresAt(now, input.expiresInHours),
        status: 'open',
        decidedAt: null,
        version: 1,
      };
      db.offers.push(offer);
      Object.assign(referral, { status: 'offered', version: referral.version + 1 });
      vacancy.version += 1;
      audit(ctx, 'offer.create', 'offer', offer.id, null, offer);
      return offerView(db, offer);
    });
  }),

  // If-Match on the offer: of many concurrent accepts for one place, only the first finds its version current.
  route(
    'post',
    '/offers/:id/outcome',
    ['admin'],
    async (ctx) => {
      const { outcome } = parse(offerOutcomeSchema, await readJson(ctx.request));
      return store.transact((db) => {
        const offer = db.offers.find((o) => o.id === ctx.params.id) ?? notFound('That offer');
        checkVersion(ctx.request, offer, offerView(db, offer));
        if (offer.status !== 'open')
          throw new HttpError(409, 'invalid_state', `This offer was already ${offer.status}.`);
        const before = structuredClone(offer);
        if (outcome === 'accepted') acceptOffer(db, offer, ctx);
        else {
          if (outcome === 'expired' && !isPastExpiry(offer, new Date())) {
            throw new HttpError(409, 'invalid_state', 'This offer has not expired yet.');
          }
          // Issue 6: back to the waiting list at their original position (referral date unchanged).
          const referral = db.referrals.find((r) => r.id === offer.referralId);
          if (referral)
            Object.assign(referral, { status: 'waiting', version: referral.version + 1 });
        }
        Object.assign(offer, {
          status: outcome,
          decidedAt: new Date().toISOString(),
          version: offer.version + 1,
        });
        const vacancy = findVacancy(db, offer.vacancyId);
        vacancy.version += 1;
        audit(
          ctx,
          `offer.${outcome === 'accepted' ? 'accept' : outcome === 'declined' ? 'decline' : 'expire'}`,
          'offer',
          offer.id,
          before,
          offer,
        );
        return offerView(db, offer);
      });
    },
    { status: 200 },
  ),
];
