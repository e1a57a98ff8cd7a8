import { createReferral } from '../../src/domain/commands/referrals';
import { todayIso } from '../../src/domain/dates';
import { runCommand } from '../commands';
import { store } from '../db';
import { audit, type Resolvers } from '../http';
import { notFound } from '../http-error';
import { addGeneratedReferrals } from '../seed-waiting-list';

export const referralResolvers = {
  'GET /referrals': () => ({
    items: store.data.referrals.map((r) => ({
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

  'GET /referrals/:id': ({ params }) => {
    const referral =
      store.data.referrals.find((r) => r.id === params.id) ?? notFound('That referral');
    const person = store.data.participants.find((p) => p.id === referral.participantId);
    return {
      ...referral,
      dateOfBirth: person?.dateOfBirth ?? '1900-01-01',
      phone: person?.phone ?? null,
      email: person?.email ?? null,
      today: todayIso(),
    };
  },

  // DOMAIN.md: eligibility, one referral per NHS number on the list, one participant record.
  'POST /referrals': (ctx) => runCommand(ctx, (db, cc) => createReferral(db, ctx.body, cc)),

  // Mock mode only (never part of a real API): loads a big generated waiting list for demos and the benchmark.
  'POST /demo/seed-waiting-list': async (ctx) => {
    const { count } = ctx.body;
    return store.transact((db) => {
      const waiting = addGeneratedReferrals(db, count, todayIso());
      audit(ctx, 'demo.seed-waiting-list', 'referral', 'generated', null, { count });
      return { waiting };
    });
  },
} satisfies Partial<Resolvers>;
