import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type * as domainTables from './domain-tables';
import type * as schema from './schema';

// One Drizzle type for both backends (PGlite embedded, node-postgres in production): handlers,
// repositories and helpers take a `Db` or a `Tx` and never know which database runs below.
// The drivers differ only in their raw result type, which the shared code does not use
// (raw SQL goes through `rowsOf`).

export type Schema = typeof schema & typeof domainTables;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Either: a helper that must run inside the caller's transaction takes a `Tx`. */
export type DbOrTx = Db | Tx;

export type Backend = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  backend: Backend;
  close(): Promise<void>;
  /** PostgreSQL's connection pool, for /metrics; absent on the embedded database. */
  poolStats?: () => { total: number; idle: number; waiting: number; max: number };
}

/** Rows of `db.execute(sql...)`: both drivers answer `{ rows }`, typed loosely by Drizzle. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}
