import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { StaffUser } from '../api/schemas/staff';
import { expireLapsedOffers } from '../domain/commands/offer-expiry';
import { ROLES, rolesFor } from '../domain/policy';
import type { Db } from './db/database';
import { tryAcquireLease } from './leases';
import type { Logger } from './logger';
import { lapsedOfferLocks } from './db/row-locks';
import { runCommandIn } from './routes/write-context';
import { repeatEvery } from './repeat-every';

// An offer past its expiry expires by itself. Every read already shows it expired
// (recordsAt); this job records it, with its audit entry, once a minute. One instance runs it
// at a time: each run takes the database lease `expire-offers` in the same transaction as the
// expiry, with a conditional upsert (src/server/leases.ts), so of several instances (or a
// slow run and the next tick) exactly one writes; a holder that dies lets the lease lapse and
// another instance takes it over.

export const OFFER_EXPIRY_LEASE = 'expire-offers';
export const OFFER_EXPIRY_EVERY_MS = 60_000;
/** Longer than a tick, so the holder renews it before it lapses; a dead holder's lapses soon. */
const LEASE_MS = 90_000;

/** The server itself, as the command's actor; the audit trail names it 'system'. */
export const SYSTEM_USER: StaffUser = {
  id: 'system',
  name: 'Cohort register',
  email: 'system@invalid.example',
  // Whoever may manage offers: the expiry is that action, done by the server itself.
  role: rolesFor('offer.manage')[0] ?? ROLES[0],
  discipline: null,
};

export function jobHolder(): string {
  return `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
}

/** One run: false when another holder has the lease (nothing is written). */
export async function runOfferExpiry(
  db: Db,
  options: { holder: string; now?: Date; leaseMs?: number },
): Promise<{ held: boolean; expired: string[] }> {
  return db.transaction(async (tx) => {
    if (
      !(await tryAcquireLease(tx, OFFER_EXPIRY_LEASE, options.holder, options.leaseMs ?? LEASE_MS))
    )
      return { held: false, expired: [] };
    const { expired } = await runCommandIn(
      tx,
      {
        user: SYSTEM_USER,
        scope: 'all',
        requestId: `job:${OFFER_EXPIRY_LEASE}`,
        now: options.now ?? new Date(),
        auditAs: { id: 'system', role: 'system' },
      },
      expireLapsedOffers,
      { locks: (locking) => lapsedOfferLocks(locking, options.now ?? new Date()) },
    );
    return { held: true, expired };
  });
}

/** Runs the job every minute on this instance (the lease decides who writes); returns stop,
 * which waits for a run under way. `onRun` hears each run's outcome (for /metrics). */
export function scheduleOfferExpiry(
  db: Db,
  log: Logger,
  onRun: (outcome: 'done' | 'skipped' | 'failed') => void = () => undefined,
): () => Promise<void> {
  const holder = jobHolder();
  const run = async () => {
    try {
      const { held, expired } = await runOfferExpiry(db, { holder });
      if (held && expired.length) log.info({ expired: expired.length }, 'offers expired');
      onRun(held ? 'done' : 'skipped');
    } catch (error) {
      log.warn({ err: { type: (error as Error).name } }, 'offer expiry failed');
      onRun('failed');
    }
  };
  return repeatEvery(OFFER_EXPIRY_EVERY_MS, run);
}
