import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import { and, eq, gt, lte, sql } from 'drizzle-orm';
import { canonicalJson } from './canonical-json';
import type { Db, Tx } from './db/database';
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
 * answers too: the write rolls back to a savepoint and the refusal is what a retry gets.
 * A key reused with another body is refused with 422; keys expire after 24 hours. */
export async function runIdempotent(
  db: Db,
  scope: IdempotencyScope,
  body: unknown,
  write: (tx: Tx) => Promise<Answer>,
): Promise<Answer & { replayed: boolean }> {
  const requestHash = createHash('sha256').update(canonicalJson(body)).digest('hex');
  const where = and(
    eq(idempotencyKeys.userId, scope.userId),
    eq(idempotencyKeys.method, scope.method.toUpperCase()),
    eq(idempotencyKeys.path, scope.path),
    eq(idempotencyKeys.key, scope.key),
  );
  const attempt = () =>
    db.transaction(async (tx) => {
      const [first] = await tx
        .select()
        .from(idempotencyKeys)
        .where(and(where, gt(idempotencyKeys.createdAt, sql`now() - ${EXPIRES_AFTER}`)));
      if (first) {
        if (first.requestHash !== requestHash) throw PROBLEMS.keyReused();
        return { status: first.status, body: first.response, replayed: true };
      }
      // An expired key of the same scope would block the insert below.
      await tx
        .delete(idempotencyKeys)
        .where(and(where, lte(idempotencyKeys.createdAt, sql`now() - ${EXPIRES_AFTER}`)));
      const answer = await tx.transaction(write).catch((error: unknown) => {
        const refusal = clientErrorAnswer(error);
        if (!refusal) throw error;
        return refusal;
      });
      await tx.insert(idempotencyKeys).values({
        ...scope,
        method: scope.method.toUpperCase(),
        requestHash,
        status: answer.status,
        response: answer.body ?? null,
      });
      return { ...answer, replayed: false };
    });
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
