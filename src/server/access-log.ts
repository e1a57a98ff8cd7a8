import { count, desc, eq } from 'drizzle-orm';
import type { AccessLogRow } from '../backend/resolver';
import { accessRows, type AccessAction, type AccessRecord } from '../domain/access-actions';
import type { DbOrTx } from './db/database';
import { accessLog } from './db/schema';

// Reads on the record (docs/records-and-security.md): what an answer showed, written beside
// the audit chain, never on it, so a read never waits on the chain's head. A request's rows
// go in one insert once its answer is ready.

export interface Reader {
  actorId: string;
  actorRole: string;
  requestId: string;
  at: Date;
}

/** One insert for everything a request showed; none when it showed nobody. */
export async function writeAccess(
  db: DbOrTx,
  reader: Reader,
  records: readonly AccessRecord[],
): Promise<void> {
  const rows = records.flatMap(accessRows).map((row) => ({ ...reader, ...row }));
  if (rows.length) await db.insert(accessLog).values(rows);
}

/** One person's entries, newest first, one page, and how many in all. */
export async function readAccessLog(
  db: DbOrTx,
  participantId: string,
  page: { offset: number; limit: number },
): Promise<{ items: AccessLogRow[]; total: number }> {
  const mine = eq(accessLog.participantId, participantId);
  const rows = await db
    .select()
    .from(accessLog)
    .where(mine)
    .orderBy(desc(accessLog.at), desc(accessLog.id))
    .offset(page.offset)
    .limit(page.limit);
  const [all] = await db.select({ n: count() }).from(accessLog).where(mine);
  return {
    items: rows.map((r) => ({
      id: String(r.id),
      at: r.at.toISOString(),
      actorId: r.actorId,
      actorRole: r.actorRole,
      action: r.action as AccessAction,
      recordId: r.recordId,
      shown: r.shown,
    })),
    total: all?.n ?? 0,
  };
}
