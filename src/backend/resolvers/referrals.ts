import {
  closeReferral,
  referralDetailOf,
  reopenReferral,
  updateReferral,
} from '../../domain/commands/referral-entries';
import { contactLog } from '../../domain/commands/contacts';
import { createReferral } from '../../domain/commands/referrals';
import { todayIso } from '../../domain/dates';
import type { SharedResolvers } from '../resolver';
import { notFound } from '../refusals';

export const referralResolvers = {
  // A page at a time, searched by the backend: the browser never holds the whole list.
  'POST /referrals/search': async (ctx) => {
    const { items, total, onList } = await ctx.waitingList(ctx.body);
    ctx.recordAccess({
      action: 'waiting-list.search',
      participantIds: items.map((r) => r.participantId),
    });
    // Someone whose offer ran out is waiting again as soon as it did: the read's
    // records already say so, before the expiry job has written it.
    const lapsed = items.some((r) => r.status === 'offered')
      ? new Set((await ctx.read()).referrals.filter((r) => r.status === 'waiting').map((r) => r.id))
      : new Set<string>();
    return {
      items: items.map((r) => ({
        id: r.id,
        givenName: r.givenName,
        familyName: r.familyName,
        nhsNumber: r.nhsNumber,
        referralDate: r.referralDate,
        availability: r.availability,
        urgent: r.urgent,
        status: r.status === 'offered' && lapsed.has(r.id) ? ('waiting' as const) : r.status,
      })),
      total,
      onList,
      offset: ctx.body.offset,
      today: todayIso(ctx.now),
    };
  },

  'GET /referrals/:id': async (ctx) => {
    const { params } = ctx;
    const db = await ctx.read({ referralIds: [params.id] });
    const referral = db.referrals.find((r) => r.id === params.id) ?? notFound('That referral');
    const person = db.participants.find((p) => p.id === referral.participantId);
    ctx.recordAccess({
      action: 'referral.view',
      participantIds: [referral.participantId],
      recordId: referral.id,
    });
    return referralDetailOf(
      referral,
      person,
      todayIso(),
      contactLog(db, { referralId: referral.id }),
    );
  },

  // Keeping an entry true. Each names the one referral it acts on (read-needs.ts).
  'PATCH /referrals/:id': async (ctx) =>
    await ctx.run(
      (db, cc) =>
        updateReferral(
          db,
          { id: ctx.params.id ?? '', version: ctx.version, changes: ctx.body },
          cc,
        ),
      { referralIds: [ctx.params.id] },
    ),

  'POST /referrals/:id/close': async (ctx) =>
    await ctx.run(
      (db, cc) =>
        closeReferral(db, { id: ctx.params.id ?? '', version: ctx.version, ...ctx.body }, cc),
      { referralIds: [ctx.params.id] },
    ),

  // The person's other referrals are read too: reopening must not put them on the list twice.
  'POST /referrals/:id/reopen': async (ctx) => {
    const db = await ctx.read({ referralIds: [ctx.params.id] });
    const nhsNumber = db.referrals.find((r) => r.id === ctx.params.id)?.nhsNumber;
    return await ctx.run(
      (records, cc) =>
        reopenReferral(records, { id: ctx.params.id ?? '', version: ctx.version }, cc),
      { referralIds: [ctx.params.id], nhsNumbers: [nhsNumber] },
    );
  },

  // docs/domain.md: eligibility, one referral per NHS number on the list, one participant record.
  'POST /referrals': async (ctx) =>
    await ctx.run((db, cc) => createReferral(db, ctx.body, cc), {
      nhsNumbers: [ctx.body.nhsNumber],
    }),
} satisfies Partial<SharedResolvers>;
