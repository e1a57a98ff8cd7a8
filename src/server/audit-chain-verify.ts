import { and, asc, count, eq, gt, sql } from 'drizzle-orm';
import { auditHash, contentOf, GENESIS_HASH } from './audit-chain';
import type { DbOrTx } from './db/database';
import { auditChain, auditEvents, auditHead } from './db/schema';

export type ChainReport =
  | { ok: true; count: number; unchained: number }
  | { ok: false; count: number; firstBad: { id: number; reason: string } };

/** Entries written this long ago and still not chained mean the sequencer is not running. */
export const UNCHAINED_GRACE_MS = 10 * 60_000;

/** Walks the whole chain in order, a page at a time: positions run 1, 2, 3 ... without gaps,
 * each names the hash before it, each hash is recomputed from its entry's stored columns, and
 * the head names the last position (so a cut-off tail shows too). Entries not chained yet are
 * counted: only the last moments' may be (UNCHAINED_GRACE_MS). Stops at the first bad entry;
 * `firstBad.id` is the chain position. */
export async function verifyAuditChain(db: DbOrTx, pageSize = 1000): Promise<ChainReport> {
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
      prevHash = link.hash;
      expected += 1;
    }
    if (page.length < pageSize) break;
  }
  const chained = expected - 1;
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
  return { ok: true, count: chained, unchained: tail?.n ?? 0 };
}
