import { expireLapsedOffers } from '../src/domain/commands/offer-expiry';
import { todayIso } from '../src/domain/dates';
import { ROLES, rolesFor } from '../src/domain/policy';
import { applyChanges } from './commands';
import { store } from './db';
import type { Ctx } from './http';
import { mockNow } from './test-clock';

// The mock's expiry job (the server's is src/server/offer-expiry-job.ts): reads already show an
// offer past its expiry as expired; this records it, audited as the system, once a minute.
// One store, one tick: the mock needs no lease.

export function expireOffersNow(now: Date = mockNow()): string[] {
  if (!store.data.offers.some((o) => o.status === 'open')) return [];
  const system = { user: { id: 'system', role: 'system' }, requestId: 'job:expire-offers', now };
  return store.transact((db) => {
    const { changes, result } = expireLapsedOffers(db, {
      actor: { id: 'system', role: rolesFor('offer.manage')[0] ?? ROLES[0], scope: 'all' },
      now: now.toISOString(),
      today: todayIso(now),
      newId: (prefix) => store.newId(prefix),
    });
    if (result.expired.length) applyChanges(db, changes, system as unknown as Ctx);
    return result.expired;
  });
}

export function startOfferExpiryTicks(everyMs = 60_000): () => void {
  const timer = setInterval(() => expireOffersNow(), everyMs);
  (timer as { unref?: () => void }).unref?.();
  return () => clearInterval(timer);
}
