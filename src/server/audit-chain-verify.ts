import { asc, eq, gt } from 'drizzle-orm';
import { auditHash, GENESIS_HASH } from './audit-chain';
import type { DbOrTx } from './db/database';
import { auditEvents, auditHead } from './db/schema';

export type ChainReport =
  | { ok: true; count: number }
  | { ok: false; count: number; firstBad: { id: number; reason: string } };

/** Walks the whole chain in id order, a page at a time: ids run 1, 2, 3 ... without gaps,
 * each entry names the hash before it, each hash is recomputed from the stored columns, and
 * the head names the last entry (so a cut-off tail shows too). Stops at the first bad entry. */
export async function verifyAuditChain(db: DbOrTx, pageSize = 1000): Promise<ChainReport> {
  let expectedId = 1;
  let prevHash = GENESIS_HASH;
  for (;;) {
    const page = await db
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.id, expectedId - 1))
      .orderBy(asc(auditEvents.id))
      .limit(pageSize);
    for (const row of page) {
      const bad = (reason: string): ChainReport => ({
        ok: false,
        count: expectedId - 1,
        firstBad: { id: row.id, reason },
      });
      if (row.id !== expectedId)
        return bad(`expected entry ${expectedId} next: entries are missing`);
      if (row.prevHash !== prevHash)
        return bad('its prev_hash is not the hash of the entry before');
      const { hash, prevHash: _prev, ...stored } = row;
      const content = { ...stored, at: stored.at.toISOString() };
      if (auditHash(prevHash, content) !== hash) return bad('its content does not match its hash');
      prevHash = hash;
      expectedId += 1;
    }
    if (page.length < pageSize) break;
  }
  const count = expectedId - 1;
  const [head] = await db.select().from(auditHead).where(eq(auditHead.id, 1));
  if (!head || head.lastId !== count || head.lastHash !== prevHash)
    return {
      ok: false,
      count,
      firstBad: {
        id: count + 1,
        reason: `the head names entry ${head?.lastId ?? '?'}, which is missing or differs`,
      },
    };
  return { ok: true, count };
}
