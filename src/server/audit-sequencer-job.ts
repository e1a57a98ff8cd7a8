import type { Db } from './db/database';
import { sequenceAll } from './audit-chain';
import { writeCheckpoint } from './audit-checkpoint';
import { tryAcquireLease } from './leases';
import type { Logger } from './logger';
import { jobHolder } from './offer-expiry-job';
import { repeatEvery } from './repeat-every';

// The audit chain's sequencer, on a timer: each write chains its own entries once it commits
// (endpoint-routes.ts, best effort), and this catches whatever that left (an instance that
// stopped between commit and chaining, a server job's entries, a sequencer that lost the head
// to another). One instance at a time holds the lease; the head's SKIP LOCKED row lock keeps
// any two sequencers from chaining the same entries even so.

export const AUDIT_SEQUENCER_LEASE = 'sequence-audit';
export const AUDIT_SEQUENCER_EVERY_MS = 5_000;
const LEASE_MS = 15_000;

/** One run: how many entries it chained, or null when another instance holds the lease.
 * With a signing key, the head is then signed when it has moved (at most once a minute): to
 * the table and, through `log`, to the log stream. */
export async function runAuditSequencer(
  db: Db,
  holder: string,
  signing?: { key: string; log: Logger },
): Promise<number | null> {
  const held = await db.transaction((tx) =>
    tryAcquireLease(tx, AUDIT_SEQUENCER_LEASE, holder, LEASE_MS),
  );
  if (!held) return null;
  const chained = await sequenceAll(db);
  if (signing) {
    const checkpoint = await writeCheckpoint(db, signing.key);
    if (checkpoint) signing.log.info({ auditCheckpoint: checkpoint }, 'audit checkpoint');
  }
  return chained;
}

/** Runs the sequencer every few seconds on this instance; returns stop, which waits for a run
 * under way (a shutdown closes the database after it). `onRun` hears each run's outcome. */
export function scheduleAuditSequencer(
  db: Db,
  log: Logger,
  onRun: (outcome: 'done' | 'skipped' | 'failed') => void = () => undefined,
  signingKey: string | null = null,
): () => Promise<void> {
  const signing = signingKey ? { key: signingKey, log } : undefined;
  const holder = jobHolder();
  const run = async () => {
    try {
      const chained = await runAuditSequencer(db, holder, signing);
      onRun(chained === null ? 'skipped' : 'done');
    } catch (error) {
      log.warn({ err: { type: (error as Error).name } }, 'audit sequencing failed');
      onRun('failed');
    }
  };
  return repeatEvery(AUDIT_SEQUENCER_EVERY_MS, run);
}
