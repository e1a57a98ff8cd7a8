import { tryAcquireLease } from '../leases';
import type { Db } from '../db/database';
import type { Logger } from '../logger';
import { jobHolder } from '../offer-expiry-job';
import { sendMissedMaterial } from './material-sender';
import type { Notifier } from './notify-client';
import { repeatEvery } from '../repeat-every';

// Missed material that the finalising did not send (a mark amended afterwards, an instance
// stopped mid-way, material or a template set after the session) goes with this job, every
// five minutes, under the database lease `material-sends` (the pattern of offer expiry,
// decision 0007): of several instances one sends. The lease outlasts a run of sends (each
// waits up to 10 s for Notify), and the claim on each row keeps a message from going twice
// even if two runs overlapped.

export const MATERIAL_LEASE = 'material-sends';
export const MATERIAL_EVERY_MS = 5 * 60_000;
const LEASE_MS = 10 * 60_000;

/** One run: false when another holder has the lease (nothing is sent). */
export async function runMaterialSends(
  db: Db,
  notifier: Notifier,
  options: { holder: string; log: Logger; linkOrigin: string; now?: Date; leaseMs?: number },
): Promise<{ held: boolean; claimed: number }> {
  const held = await db.transaction((tx) =>
    tryAcquireLease(tx, MATERIAL_LEASE, options.holder, options.leaseMs ?? LEASE_MS),
  );
  if (!held) return { held: false, claimed: 0 };
  const claimed = await sendMissedMaterial(db, notifier, {
    now: options.now ?? new Date(),
    requestId: `job:${MATERIAL_LEASE}`,
    log: options.log,
    linkOrigin: options.linkOrigin,
  });
  return { held: true, claimed };
}

/** Runs the job on this instance every five minutes; returns stop, which waits for a run. */
export function scheduleMaterialSends(
  db: Db,
  notifier: Notifier,
  log: Logger,
  linkOrigin: string,
  onRun: (outcome: 'done' | 'skipped' | 'failed') => void = () => undefined,
): () => Promise<void> {
  const holder = jobHolder();
  const run = async () => {
    try {
      const { held, claimed } = await runMaterialSends(db, notifier, { holder, log, linkOrigin });
      if (held && claimed) log.info({ claimed }, 'missed material');
      onRun(held ? 'done' : 'skipped');
    } catch (error) {
      log.warn({ err: { type: (error as Error).name } }, 'missed material failed');
      onRun('failed');
    }
  };
  return repeatEvery(MATERIAL_EVERY_MS, run);
}
