import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import { and, eq, lte, sql } from 'drizzle-orm';
import { canonicalJson } from './canonical-json';
import { rowsOf, type Db, type DbOrTx, type Tx } from './db/database';
import { isUniqueViolation } from './db/pg-error';
import { idempotencyKeys } from './db/schema';
import { clientErrorAnswer, PROBLEMS, type Answer } from './http/api-error';

/** Who sent it and where: user, method and path, never the Host, so a retry through another
 * name for the server (a proxy, a load balancer) still finds the first answer. */
export interface IdempotencyScope {
  userId: string;
  method: string;
  path: string;
  key: string;
}

const EXPIRES_AFTER = sql`interval '24 hours'`;

/** The scope of the request's Idempotency-Key, or null when it sent none (the write then
 * simply runs). The path is the one requested, ids included; the Host is left out. */
export function idempotencyScopeOf(c: Context, userId: string): IdempotencyScope | null {
  const key = c.req.header('idempotency-key')?.trim();
  if (key === undefined || key === '') return null;
  if (key.length > 200) throw PROBLEMS.badKey();
  return { userId, method: c.req.method, path: c.req.path, key };
}

/** Runs a write once per Idempotency-Key. The key and the first answer are stored in the SAME
 * transaction as the write, so a crash leaves both or neither: a retry after an unanswered
 * POST either finds the answer or does the write, never does it twice. Refusals (4xx) are
 * answers too: the write's transaction rolls back and the refusal is stored by itself (nothing
 * was written to go with it), and is what a retry gets. A key reused with another body is
 * refused with 422; keys expire after 24 hours. The common path costs two statements beside
 * the write: the look-up (which clears an expired key of the same scope) and the store. */
export async function runIdempotent(
  db: Db,
  scope: IdempotencyScope,
  body: unknown,
  write: (tx: Tx) => Promise<Answer>,
): Promise<Answer & { replayed: boolean }> {
  const requestHash = createHash('sha256').update(canonicalJson(body)).digest('hex');
  const k = idempotencyKeys;
  const where = and(
    eq(k.userId, scope.userId),
    eq(k.method, scope.method.toUpperCase()),
    eq(k.path, scope.path),
    eq(k.key, scope.key),
  );
  const expired = lte(k.createdAt, sql`now() - ${EXPIRES_AFTER}`);
  const store = (tx: DbOrTx, answer: Answer) =>
    tx.insert(k).values({
      ...scope,
      method: scope.method.toUpperCase(),
      requestHash,
      status: answer.status,
      response: answer.body ?? null,
    });
  type Stored = Answer & { replayed: boolean; hash?: string };
  const attempt = async (): Promise<Answer & { replayed: boolean }> => {
    let stored: Stored;
    try {
      stored = await db.transaction(async (tx): Promise<Stored> => {
        // One statement: an expired key of the same scope (which would block the store) goes,
        // and a live one is read.
        const [first] = rowsOf<{ request_hash: string; status: number; response: unknown }>(
          await tx.execute(sql`
            with gone as (delete from ${k} where ${and(where, expired)})
            select request_hash, status, response from ${k}
             where ${where} and ${k.createdAt} > now() - ${EXPIRES_AFTER}`),
        );
        if (first)
          return {
            status: first.status,
            body: first.response,
            replayed: true,
            hash: first.request_hash,
          };
        const answer = await write(tx);
        await store(tx, answer);
        return { ...answer, replayed: false };
      });
    } catch (error) {
      const refusal = clientErrorAnswer(error);
      if (!refusal) throw error;
      await db.transaction(async (tx) => {
        await tx.delete(k).where(and(where, expired));
        await store(tx, refusal);
      });
      return { ...refusal, replayed: false };
    }
    // Outside the transaction: a 422 for a reused key is not itself an answer to store.
    const { hash, ...answer } = stored;
    if (hash !== undefined && hash !== requestHash) throw PROBLEMS.keyReused();
    return answer;
  };
  try {
    return await attempt();
  } catch (error) {
    // Two first attempts raced: the loser waited on the key, failed, and rolled its write
    // back. The winner's answer is committed now, so reading again returns it.
    if (isUniqueViolation(error, 'idempotency_keys_scope')) return attempt();
    throw error;
  }
}

/** Deletes expired keys; run now and then (under a lease: src/server/leases.ts). */
export async function purgeExpiredIdempotencyKeys(db: Db): Promise<number> {
  const gone = await db
    .delete(idempotencyKeys)
    .where(lte(idempotencyKeys.createdAt, sql`now() - ${EXPIRES_AFTER}`))
    .returning({ key: idempotencyKeys.key });
  return gone.length;
}
