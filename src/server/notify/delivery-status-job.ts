import { and, asc, gte, inArray, isNotNull } from 'drizzle-orm';
import { deliveryStatusOf } from '../../domain/contact-attempts';
import { recordDeliveryStatus } from '../../domain/commands/offer-messages';
import type { Db } from '../db/database';
import { contactAttempts } from '../db/domain-tables';
import { tryAcquireLease } from '../leases';
import type { Logger } from '../logger';
import { jobHolder, SYSTEM_USER } from '../offer-expiry-job';
import { runCommandIn } from '../routes/write-context';
import type { Notifier } from './notify-client';
import { repeatEvery } from '../repeat-every';

// The offer's contact log shows whether its message was delivered. Once a
// minute, the instance holding the `notify-delivery-status` lease asks Notify about each
// message whose status is not final yet and records any change. Notify is asked outside any
// transaction (a slow answer holds no lock); each change is written, and audited, in its own.

export const DELIVERY_STATUS_LEASE = 'notify-delivery-status';
const EVERY_MS = 60_000;
const LEASE_MS = 90_000;
/** Notify keeps a message's status for 7 days; after that there is nothing more to ask. */
const ASK_FOR_MS = 7 * 24 * 60 * 60_000;
const BATCH = 100;

export async function runDeliveryStatus(
  db: Db,
  notifier: Notifier,
  options: { holder: string; now?: Date; leaseMs?: number },
): Promise<{ held: boolean; asked: number; changed: number; failed: number }> {
  const now = options.now ?? new Date();
  if (
    !(await tryAcquireLease(db, DELIVERY_STATUS_LEASE, options.holder, options.leaseMs ?? LEASE_MS))
  )
    return { held: false, asked: 0, changed: 0, failed: 0 };
  const c = contactAttempts;
  const pending = await db
    .select({ id: c.id, referralId: c.referralId, messageId: c.notifyMessageId })
    .from(c)
    .where(
      and(
        inArray(c.deliveryStatus, ['created', 'sending']),
        isNotNull(c.notifyMessageId),
        gte(c.recordedAt, new Date(now.getTime() - ASK_FOR_MS).toISOString()),
      ),
    )
    .orderBy(asc(c.recordedAt))
    .limit(BATCH);
  let changed = 0;
  let failed = 0;
  for (const row of pending) {
    let status;
    try {
      status = deliveryStatusOf(await notifier.status(row.messageId!));
    } catch {
      failed += 1;
      continue;
    }
    const did = await db.transaction((tx) =>
      runCommandIn(
        tx,
        {
          user: SYSTEM_USER,
          scope: 'all',
          requestId: `job:${DELIVERY_STATUS_LEASE}`,
          now,
          auditAs: { id: 'system', role: 'system' },
        },
        (r, cc) => recordDeliveryStatus(r, { contactId: row.id, status }, cc),
        { locks: async () => ({ referrals: [row.referralId] }) },
        { referralIds: [row.referralId] },
      ),
    );
    if (did) changed += 1;
  }
  return { held: true, asked: pending.length, changed, failed };
}

/** Runs the job every minute on this instance (the lease decides who asks); returns stop.
 * `onRun` hears each run's outcome (for /metrics). */
export function scheduleDeliveryStatus(
  db: Db,
  notifier: Notifier,
  log: Logger,
  everyMs = EVERY_MS,
  onRun: (outcome: 'done' | 'skipped' | 'failed') => void = () => undefined,
): () => Promise<void> {
  const holder = jobHolder();
  const run = async () => {
    try {
      const result = await runDeliveryStatus(db, notifier, { holder });
      if (result.held && result.asked) log.info(result, 'notify delivery statuses');
      onRun(result.held ? 'done' : 'skipped');
    } catch (error) {
      log.warn({ err: { type: (error as Error).name } }, 'notify delivery status failed');
      onRun('failed');
    }
  };
  // Stopping waits for a run under way, so the database is not closed beneath it.
  return repeatEvery(everyMs, run);
}
