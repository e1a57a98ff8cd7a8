import { recordOfferOutcome } from '../../domain/commands/offer-outcomes';
import { makeOffer } from '../../domain/commands/offers';
import { todayIso } from '../../domain/dates';
import type { SharedResolvers } from '../resolver';
import {
  candidatesFor,
  findVacancy,
  fitContextFor,
  offerView,
  searchItem,
  vacancySummary,
} from '../views/offer-views';

export const vacancyResolvers = {
  'GET /vacancies': async (ctx) => {
    const db = await ctx.read();
    const items = db.vacancies
      .filter((v) => v.status === 'open')
      .map((v) => vacancySummary(db, v, ctx.now))
      .sort((a, b) => a.openedAt.localeCompare(b.openedAt));
    return { items };
  },

  'GET /vacancies/:id': async (ctx) => {
    const { params } = ctx;
    // The suggestions rank everyone waiting.
    const db = await ctx.read({ everyone: true });
    const vacancy = findVacancy(db, params.id);
    const candidates = vacancy.status === 'open' ? candidatesFor(db, vacancy, ctx.now) : [];
    const offers = db.offers.filter((o) => o.vacancyId === vacancy.id);
    const shown = new Set([
      ...candidates.map((c) => c.referralId),
      ...offers.map((o) => o.referralId),
    ]);
    ctx.recordAccess({
      action: 'vacancy.view',
      participantIds: db.referrals.filter((r) => shown.has(r.id)).map((r) => r.participantId),
      recordId: vacancy.id,
    });
    return {
      vacancy: vacancySummary(db, vacancy, ctx.now),
      candidates,
      offers: offers.map((o) => offerView(db, o, ctx.now)).reverse(),
    };
  },

  // Anyone on the list, a page at a time in the waiting list's order (urgent first,
  // then longest waiting), each with why they would not be suggested. Only the page's people
  // are read besides the bounded records.
  'POST /vacancies/:id/search': async (ctx) => {
    const page = await ctx.waitingList({
      text: ctx.body.text,
      status: 'all',
      urgency: 'all',
      desc: false,
      offset: ctx.body.offset,
      limit: ctx.body.limit,
    });
    const db = await ctx.read({ referralIds: page.items.map((r) => r.id) });
    const vacancy = findVacancy(db, ctx.params.id);
    const fit = fitContextFor(db, vacancy, ctx.now);
    const today = todayIso(ctx.now);
    ctx.recordAccess({
      action: 'vacancy.search',
      participantIds: page.items.map((r) => r.participantId),
      recordId: vacancy.id,
    });
    return {
      items: page.items.map((stored) => {
        const r = db.referrals.find((x) => x.id === stored.id) ?? stored;
        return searchItem(r, fit, today);
      }),
      total: page.total,
      offset: ctx.body.offset,
    };
  },

  // If-Match on the vacancy: two admins offering the same place at once cannot both succeed.
  'POST /vacancies/:id/offers': async (ctx) => {
    const offer = await ctx.run(
      (db, cc) =>
        makeOffer(db, { ...ctx.body, vacancyId: ctx.params.id ?? '', version: ctx.version }, cc),
      { referralIds: [ctx.body.referralId] },
    );
    return offerView(await ctx.read(), offer, ctx.now);
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
    return offerView(await ctx.read(), offer, ctx.now);
  },
} satisfies Partial<SharedResolvers>;
