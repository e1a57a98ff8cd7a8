import { and, asc, count, eq, gt, sql } from 'drizzle-orm';
import { auditHash, contentOf, GENESIS_HASH } from './audit-chain';
import { checkpointSigned, type Checkpoint } from './audit-checkpoint';
import type { DbOrTx } from './db/database';
import { auditChain, auditEvents, auditHead } from './db/schema';

export type ChainReport =
  | {
      ok: true;
      count: number;
      unchained: number;
      /** The last signed checkpoint the chain matches: where the proven data ends. */
      checkpoint?: { seq: number; at: string };
    }
  | { ok: false; count: number; firstBad: { id: number; reason: string } };

export interface VerifyOptions {
  pageSize?: number;
  /** Signed checkpoints to hold the chain to (the table's, the log stream's). */
  checkpoints?: Checkpoint[];
  /** AUDIT_SIGNING_KEY: without it no checkpoint can be trusted, so none is used. */
  key?: string | null;
}

/** Entries written this long ago and still not chained mean the sequencer is not running. */
export const UNCHAINED_GRACE_MS = 10 * 60_000;

/** Walks the whole chain in order, a page at a time: positions run 1, 2, 3 ... without gaps,
 * each names the hash before it, each hash is recomputed from its entry's stored columns, and
 * the head names the last position (so a cut-off tail shows too). Each signed checkpoint must
 * name a position the chain has, with the hash recomputed there: what someone who can write
 * the tables (and rewrite every hash after a change) cannot fake. Entries not chained yet are
 * counted: only the last moments' may be (UNCHAINED_GRACE_MS). Stops at the first bad entry;
 * `firstBad.id` is the chain position. */
export async function verifyAuditChain(
  db: DbOrTx,
  { pageSize = 1000, checkpoints = [], key = null }: VerifyOptions = {},
): Promise<ChainReport> {
  const forged = key ? checkpoints.find((c) => !checkpointSigned(key, c)) : undefined;
  if (forged)
    return {
      ok: false,
      count: 0,
      firstBad: {
        id: forged.seq,
        reason: `the checkpoint of ${forged.at} (entry ${forged.seq}) is not signed with this AUDIT_SIGNING_KEY`,
      },
    };
  const signed = key ? [...checkpoints].sort((a, b) => a.seq - b.seq) : [];
  let proven: Checkpoint | undefined;
  let expected = 1;
  let prevHash = GENESIS_HASH;
  for (;;) {
    const page = await db
      .select({ link: auditChain, event: auditEvents })
      .from(auditChain)
      .innerJoin(auditEvents, eq(auditEvents.id, auditChain.eventId))
      .where(gt(auditChain.seq, expected - 1))
      .orderBy(asc(auditChain.seq))
      .limit(pageSize);
    for (const { link, event } of page) {
      const bad = (reason: string): ChainReport => ({
        ok: false,
        count: expected - 1,
        firstBad: { id: link.seq, reason },
      });
      if (link.seq !== expected) return bad(`expected entry ${expected} next: entries are missing`);
      if (link.prevHash !== prevHash)
        return bad('its prev_hash is not the hash of the entry before');
      if (auditHash(prevHash, contentOf(event)) !== link.hash)
        return bad('its content does not match its hash');
      for (const c of signed.filter((c) => c.seq === link.seq)) {
        if (c.hash !== link.hash)
          return {
            ok: false,
            count: proven?.seq ?? 0,
            firstBad: {
              id: (proven?.seq ?? 0) + 1,
              reason:
                `entries ${(proven?.seq ?? 0) + 1} to ${c.seq} are not what the checkpoint of ` +
                `${c.at} signed: one was inserted, altered or removed and the hashes after it rewritten`,
            },
          };
        proven = c;
      }
      prevHash = link.hash;
      expected += 1;
    }
    if (page.length < pageSize) break;
  }
  const chained = expected - 1;
  const beyond = signed.filter((c) => c.seq > chained);
  if (beyond.length) {
    const last = beyond[beyond.length - 1]!;
    return {
      ok: false,
      count: chained,
      firstBad: {
        id: chained + 1,
        reason:
          `entries ${chained + 1} to ${last.seq} are missing: the checkpoint of ${last.at} signed ` +
          `the chain up to entry ${last.seq}. The tail was cut, or the data was restored to an ` +
          `earlier point: it ends at ${proven ? `the checkpoint of ${proven.at} (entry ${proven.seq})` : 'no checkpoint'}` +
          (chained > (proven?.seq ?? 0)
            ? ` and ${chained - (proven?.seq ?? 0)} entries after it`
            : ''),
      },
    };
  }
  const [head] = await db.select().from(auditHead).where(eq(auditHead.id, 1));
  if (!head || head.lastId !== chained || head.lastHash !== prevHash)
    return {
      ok: false,
      count: chained,
      firstBad: {
        id: chained + 1,
        reason: `the head names entry ${head?.lastId ?? '?'}, which is missing or differs`,
      },
    };
  const unchainedWhere = and(
    sql`not exists (select 1 from ${auditChain} where ${auditChain.eventId} = ${auditEvents.id})`,
  );
  const [stale] = await db
    .select({ n: count() })
    .from(auditEvents)
    .where(
      and(
        unchainedWhere,
        sql`${auditEvents.at} < now() - ${`${UNCHAINED_GRACE_MS} milliseconds`}::interval`,
      ),
    );
  if (stale && stale.n > 0)
    return {
      ok: false,
      count: chained,
      firstBad: {
        id: chained + 1,
        reason: `${stale.n} entries older than ${UNCHAINED_GRACE_MS / 60_000} minutes are not chained`,
      },
    };
  const [tail] = await db.select({ n: count() }).from(auditEvents).where(unchainedWhere);
  return {
    ok: true,
    count: chained,
    unchained: tail?.n ?? 0,
    checkpoint: proven && { seq: proven.seq, at: proven.at },
  };
}
