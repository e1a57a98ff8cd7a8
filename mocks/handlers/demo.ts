import { audit, type Resolvers } from '../http';
import { store } from '../db';
import { seedDb } from '../seed';

/** Demo data only: put the demo back as it was seeded, keeping who is signed in and the audit
 * trail, which a reset adds to and never wipes. */
export const demoResolvers = {
  'POST /demo/reset': (ctx) => {
    const { tokens, audit: trail } = store.data;
    store.load({ ...seedDb(), tokens, audit: trail });
    store.transact(() => audit(ctx, 'demo.reset', 'service', 'demo', null, null));
    return { ok: true };
  },
} satisfies Partial<Resolvers>;
