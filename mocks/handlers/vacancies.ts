import { recordOfferOutcome } from '../../src/domain/commands/offer-outcomes';
import { makeOffer } from '../../src/domain/commands/offers';
import { ifMatch, runCommand } from '../commands';
import { store } from '../db';
import type { Resolvers } from '../http';
import { candidatesFor, findVacancy, offerView, vacancySummary } from '../offer-rules';

export const vacancyResolvers = {
  'GET /vacancies': () => {
    const db = store.data;
    const items = db.vacancies
      .filter((v) => v.status === 'open')
      .map((v) => vacancySummary(db, v))
      .sort((a, b) => a.openedAt.localeCompare(b.openedAt));
    return { items };
  },

  'GET /vacancies/:id': ({ params }) => {
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
  },

  // If-Match on the vacancy: two admins offering the same place at once cannot both succeed.
  'POST /vacancies/:id/offers': (ctx) => {
    const offer = runCommand(ctx, (db, cc) =>
      makeOffer(
        db,
        { ...ctx.body, vacancyId: ctx.params.id ?? '', version: ifMatch(ctx.request) },
        cc,
      ),
    );
    return offerView(store.data, offer);
  },

  // If-Match on the offer: of many concurrent accepts for one place, only the first finds its version current.
  'POST /offers/:id/outcome': (ctx) => {
    const offer = runCommand(ctx, (db, cc) =>
      recordOfferOutcome(
        db,
        { ...ctx.body, offerId: ctx.params.id ?? '', version: ifMatch(ctx.request) },
        cc,
      ),
    );
    return offerView(store.data, offer);
  },
} satisfies Partial<Resolvers>;
