import { createHash } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { AuditAction } from '../domain/audit-actions';
import { maskNhsNumbersDeep } from '../domain/nhs-number-text';
import { canonicalJson } from './canonical-json';
import { rowsOf, type Db, type Tx } from './db/database';
import { auditEvents, auditHead } from './db/schema';

// The audit trail is written by every write and chained after commit (docs/write-model.md).
// A write inserts its entries in its own transaction, unchained: nothing is shared between
// writes but a sequence, so writes to different cohorts never wait on one another here. The
// sequencer links committed entries into the hash chain in (tx, id) order: only entries whose
// writing transaction is older than every transaction still running, so an entry of an older
// transaction that commits late can never be passed over.

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditInput {
  actorId: string;
  actorRole: string;
  /** Only an action with words in AUDIT_ACTION_WORDS can be written. */
  action: AuditAction;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  requestId: string;
  /** Defaults to now; pass the command's own `now` so the entry and the change agree. */
  at?: Date;
}

/** What the hash covers: every column of the entry but its writing transaction's id. */
export interface AuditContent {
  id: number;
  at: string;
  actorId: string;
  actorRole: string;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
  requestId: string;
}

export function auditHash(prevHash: string, content: AuditContent): string {
  return createHash('sha256')
    .update(prevHash + canonicalJson(content))
    .digest('hex');
}

/** The hashed content of a stored entry. */
export function contentOf(row: typeof auditEvents.$inferSelect): AuditContent {
  const { tx: _tx, ...stored } = row;
  return { ...stored, at: stored.at.toISOString() };
}

/** Appends one entry inside the writer's own transaction (a `Tx`, not a `Db`), so the change
 * and its audit entry commit together or not at all. Through the owner's `audit_append`: the
 * app role may not insert into the trail itself. NHS numbers in any text are masked before
 * anything is stored (and so before it is hashed). */
export async function appendAudit(tx: Tx, input: AuditInput): Promise<AuditContent> {
  // Milliseconds, as the database keeps it (audit_append truncates to them too).
  const at = new Date((input.at ?? new Date()).getTime());
  // Through JSON first, so what is hashed later is exactly what jsonb gives back.
  const before = snapshot(input.before);
  const after = snapshot(input.after);
  const json = (v: unknown) => (v === null ? sql`null::jsonb` : sql`${JSON.stringify(v)}::jsonb`);
  const [row] = rowsOf<{ id: string | number }>(
    await tx.execute(
      sql`select audit_append(${at.toISOString()}::timestamptz, ${input.actorId}, ${input.actorRole}, ${input.action}, ${input.entity}, ${input.entityId}, ${json(before)}, ${json(after)}, ${input.requestId}) as id`,
    ),
  );
  const { actorId, actorRole, action, entity, entityId, requestId } = input;
  return {
    id: Number(row!.id),
    at: at.toISOString(),
    ...{ actorId, actorRole, action, entity, entityId, before, after, requestId },
  };
}

/** Links the committed, unchained entries into the chain, up to `limit` of them; answers how
 * many. The owner's `audit_chain_extend` does the linking (the app role may not write the
 * chain or its head): given the entries and each one's canonical text, it checks they are the
 * next in (tx, id) order and that each text is its entry, hashes and moves the head. One
 * sequencer at a time: it takes the head with SKIP LOCKED and answers 0 to a second. */
export async function sequenceAudit(db: Db, limit = 1000): Promise<number> {
  const e = auditEvents;
  const h = auditHead;
  // The entries after the head, read with it in one statement; only entries of transactions
  // that have ended (the function checks the same horizon). No head row, no entries.
  const rows = (
    await db
      .select({ e })
      .from(e)
      .innerJoin(h, eq(h.id, 1))
      .where(
        and(
          sql`(${e.tx}, ${e.id}) > (${h.lastTx}, ${h.lastEventId})`,
          sql`${e.tx} < pg_snapshot_xmin(pg_current_snapshot())::text::bigint`,
        ),
      )
      .orderBy(asc(e.tx), asc(e.id))
      .limit(limit)
  ).map((row) => row.e);
  if (!rows.length) return 0;
  const ids = rows.map((row) => row.id);
  const texts = rows.map((row) => canonicalJson(contentOf(row)));
  const [done] = rowsOf<{ n: number }>(
    await db.execute(
      sql`select audit_chain_extend(${`{${ids.join(',')}}`}::bigint[], ${pgTextArray(texts)}::text[]) as n`,
    ),
  );
  return Number(done?.n ?? 0);
}

const running = new WeakMap<Db, { again: boolean }>();

/** The sequencer after a write commits, best effort and never awaited: one run at a time per
 * database, and one more after it when writes committed meanwhile, so 200 sessions' writes
 * do not start 200 sequencers that each find the head taken (SKIP LOCKED) or nothing to do. */
export function sequenceAfterCommit(db: Db): void {
  const state = running.get(db);
  if (state) {
    state.again = true;
    return;
  }
  const mine = { again: false };
  running.set(db, mine);
  void (async () => {
    do {
      mine.again = false;
      await sequenceAudit(db).catch(() => 0);
    } while (mine.again);
    running.delete(db);
  })();
}

/** A text[] literal: each element quoted, with its quotes and backslashes escaped. */
function pgTextArray(items: string[]): string {
  return `{${items.map((t) => `"${t.replace(/[\\"]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}

/** Chains everything committed so far, batch by batch (the inline run after a write, a test). */
export async function sequenceAll(db: Db): Promise<number> {
  let total = 0;
  for (let n = await sequenceAudit(db); n > 0; n = await sequenceAudit(db)) total += n;
  return total;
}

function snapshot(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  return JSON.parse(JSON.stringify(maskNhsNumbersDeep(value)));
}
