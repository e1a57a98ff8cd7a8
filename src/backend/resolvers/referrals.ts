import { createReferral } from '../../domain/commands/referrals';
import { todayIso } from '../../domain/dates';
import type { SharedResolvers } from '../resolver';
import { notFound } from '../refusals';

export const referralResolvers = {
  // A page at a time, searched by the backend: the browser never holds the whole list.
  'POST /referrals/search': async (ctx) => {
    const { items, total, onList } = await ctx.waitingList(ctx.body);
    return {
      items: items.map((r) => ({
        id: r.id,
        givenName: r.givenName,
        familyName: r.familyName,
        nhsNumber: r.nhsNumber,
        referralDate: r.referralDate,
        availability: r.availability,
        urgent: r.urgent,
        status: r.status,
      })),
      total,
      onList,
      offset: ctx.body.offset,
      today: todayIso(),
    };
  },

  'GET /referrals/:id': async (ctx) => {
    const { params } = ctx;
    const db = await ctx.read({ referralIds: [params.id] });
    const referral = db.referrals.find((r) => r.id === params.id) ?? notFound('That referral');
    const person = db.participants.find((p) => p.id === referral.participantId);
    return {
      ...referral,
      dateOfBirth: person?.dateOfBirth ?? '1900-01-01',
      phone: person?.phone ?? null,
      email: person?.email ?? null,
      today: todayIso(),
    };
  },

  // DOMAIN.md: eligibility, one referral per NHS number on the list, one participant record.
  'POST /referrals': async (ctx) =>
    await ctx.run((db, cc) => createReferral(db, ctx.body, cc), {
      nhsNumbers: [ctx.body.nhsNumber],
    }),
} satisfies Partial<SharedResolvers>;
