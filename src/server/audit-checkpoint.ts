import { createHmac, timingSafeEqual } from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import type { Db, DbOrTx } from './db/database';
import { auditCheckpoints, auditHead } from './db/schema';

// Signed checkpoints of the audit chain's head. The hashes alone prove nothing against someone
// who can write the tables: they can recompute every hash after the entry they changed. A
// checkpoint is the head (position and hash) signed with AUDIT_SIGNING_KEY, which lives in the
// server's environment and never in the database, and is written both to the log stream and
// to audit_checkpoints; `audit:verify` recomputes the chain and compares it with each one.

export interface Checkpoint {
  at: string;
  seq: number;
  hash: string;
  signature: string;
}

/** How often the head is signed, at most (only when it has moved). */
export const CHECKPOINT_EVERY_MS = 60_000;

const signed = (c: Omit<Checkpoint, 'signature'>) =>
  `audit-checkpoint:1:${c.seq}:${c.hash}:${c.at}`;

export function signCheckpoint(key: string, c: Omit<Checkpoint, 'signature'>): string {
  return createHmac('sha256', key).update(signed(c)).digest('hex');
}

export function checkpointSigned(key: string, c: Checkpoint): boolean {
  const want = Buffer.from(signCheckpoint(key, c), 'hex');
  const got = Buffer.from(c.signature, 'hex');
  return got.length === want.length && timingSafeEqual(got, want);
}

/** The checkpoints in the table, oldest position first. */
export async function storedCheckpoints(db: DbOrTx): Promise<Checkpoint[]> {
  const rows = await db.select().from(auditCheckpoints).orderBy(auditCheckpoints.id);
  return rows.map((r) => ({
    at: r.at.toISOString(),
    seq: r.seq,
    hash: r.hash,
    signature: r.signature,
  }));
}

/** Signs the head when it has moved since the last checkpoint and that one is older than
 * `every`; answers the checkpoint written, or null. Its row may lag the head by a moment: the
 * head only moves on, so the position and hash it names stay true. */
export async function writeCheckpoint(
  db: Db,
  key: string,
  now = new Date(),
  every = CHECKPOINT_EVERY_MS,
): Promise<Checkpoint | null> {
  const [head] = await db.select().from(auditHead).where(eq(auditHead.id, 1));
  if (!head || head.lastId === 0) return null;
  const [last] = await db
    .select()
    .from(auditCheckpoints)
    .orderBy(desc(auditCheckpoints.id))
    .limit(1);
  if (last && (last.seq >= head.lastId || now.getTime() - last.at.getTime() < every)) return null;
  const unsigned = { at: now.toISOString(), seq: head.lastId, hash: head.lastHash };
  const checkpoint = { ...unsigned, signature: signCheckpoint(key, unsigned) };
  await db.insert(auditCheckpoints).values({ ...checkpoint, at: now });
  return checkpoint;
}

/** Checkpoints written to the log stream (pino's JSON lines with `auditCheckpoint`): an owner
 * who removed rows from audit_checkpoints cannot remove these. */
export function checkpointsInLog(text: string): Checkpoint[] {
  const found: Checkpoint[] = [];
  for (const line of text.split('\n')) {
    if (!line.includes('auditCheckpoint')) continue;
    try {
      const c = (JSON.parse(line) as { auditCheckpoint?: Checkpoint }).auditCheckpoint;
      if (c && Number.isInteger(c.seq) && typeof c.hash === 'string') found.push(c);
    } catch {
      // Not a JSON line: a line the log stream's host added.
    }
  }
  return found;
}
