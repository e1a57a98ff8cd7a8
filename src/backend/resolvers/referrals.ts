import { createReferral } from '../../domain/commands/referrals';
import { todayIso } from '../../domain/dates';
import type { SharedResolvers } from '../resolver';
import { notFound } from '../refusals';

export const referralResolvers = {
  'GET /referrals': async (ctx) => ({
    items: (await ctx.read()).referrals.map((r) => ({
      id: r.id,
      givenName: r.givenName,
      familyName: r.familyName,
      nhsNumber: r.nhsNumber,
      referralDate: r.referralDate,
      availability: r.availability,
      urgent: r.urgent,
      status: r.status,
    })),
    today: todayIso(),
  }),

  'GET /referrals/:id': async (ctx) => {
    const { params } = ctx;
    const db = await ctx.read();
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
  'POST /referrals': async (ctx) => await ctx.run((db, cc) => createReferral(db, ctx.body, cc)),
} satisfies Partial<SharedResolvers>;
