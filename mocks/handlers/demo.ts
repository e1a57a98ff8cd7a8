import { audit, type Resolvers } from '../http';
import { store } from '../db';
import { seedDb } from '../seed';
import { addGeneratedReferrals } from '../../src/demo-seed/seed-waiting-list';
import { todayIso } from '../../src/domain/dates';

/** Demo data only: put the demo back as it was seeded, keeping who is signed in and the audit
 * trail, which a reset adds to and never wipes. */
export const demoResolvers = {
  'POST /demo/reset': async (ctx) => {
    const { tokens, audit: trail, access } = store.data;
    store.load({ ...seedDb(), tokens, audit: trail, access });
    store.transact(() => audit(ctx, 'demo.reset', 'service', 'demo', null, null));
    return { ok: true };
  },
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
