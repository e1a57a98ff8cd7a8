import { recordOfferContact, recordReferralContact } from '../../domain/commands/contacts';
import type { SharedResolvers } from '../resolver';

export const contactResolvers = {
  // The entry's own attempts come with it (read-needs.ts: a referral's contacts follow it).
  'POST /referrals/:id/contacts': async (ctx) =>
    await ctx.run(
      (db, cc) =>
        recordReferralContact(db, { referralId: ctx.params.id ?? '', contact: ctx.body }, cc),
      { referralIds: [ctx.params.id] },
    ),

  // Offers, and the referrals they point to, are in every read.
  'POST /offers/:id/contacts': async (ctx) =>
    await ctx.run((db, cc) =>
      recordOfferContact(db, { offerId: ctx.params.id ?? '', contact: ctx.body }, cc),
    ),
} satisfies Partial<SharedResolvers>;
