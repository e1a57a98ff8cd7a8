import { recordOfferOutcome } from '../../domain/commands/offer-outcomes';
import { makeOffer } from '../../domain/commands/offers';
import type { SharedResolvers } from '../resolver';
import { candidatesFor, findVacancy, offerView, vacancySummary } from '../views/offer-views';

export const vacancyResolvers = {
  'GET /vacancies': async (ctx) => {
    const db = await ctx.read();
    const items = db.vacancies
      .filter((v) => v.status === 'open')
      .map((v) => vacancySummary(db, v))
      .sort((a, b) => a.openedAt.localeCompare(b.openedAt));
    return { items };
  },

  'GET /vacancies/:id': async (ctx) => {
    const { params } = ctx;
    // The suggestions rank everyone waiting.
    const db = await ctx.read({ everyone: true });
    const vacancy = findVacancy(db, params.id);
    return {
      vacancy: vacancySummary(db, vacancy),
      candidates: vacancy.status === 'open' ? candidatesFor(db, vacancy) : [],
      offers: db.offers
        .filter((o) => o.vacancyId === vacancy.id)
        .map((o) => offerView(db, o))
        .reverse(),
    };
  },

  // If-Match on the vacancy: two admins offering the same place at once cannot both succeed.
  'POST /vacancies/:id/offers': async (ctx) => {
    const offer = await ctx.run(
      (db, cc) =>
        makeOffer(db, { ...ctx.body, vacancyId: ctx.params.id ?? '', version: ctx.version }, cc),
      { referralIds: [ctx.body.referralId] },
    );
    return offerView(await ctx.read(), offer);
  },

  // If-Match on the offer: of many concurrent accepts for one place, only the first finds its version current.
  'POST /offers/:id/outcome': async (ctx) => {
    const offer = await ctx.run((db, cc) =>
      recordOfferOutcome(
        db,
        { ...ctx.body, offerId: ctx.params.id ?? '', version: ctx.version },
        cc,
      ),
    );
    return offerView(await ctx.read(), offer);
  },
} satisfies Partial<SharedResolvers>;
