import { sql } from 'drizzle-orm';
import { StartupError } from '../startup-error';
import { rowsOf, type Db, type DbOrTx, type Tx } from './database';
import { MIGRATIONS, type MigrationFile } from './migration-files';

// drizzle-orm's own bookkeeping table, so `drizzle-kit migrate` and this code agree.
const TABLE = sql`"drizzle"."__drizzle_migrations"`;

export interface MigrationStatus {
  /** Applied rows in the database. */
  applied: number;
  pending: MigrationFile[];
  /** Applied by a newer version of the app: migrations this build does not have. */
  newer: number;
}

export async function migrationStatus(db: DbOrTx): Promise<MigrationStatus> {
  const exists = rowsOf<{ t: string | null }>(
    await db.execute(sql`select to_regclass('drizzle.__drizzle_migrations')::text as t`),
  );
  if (!exists[0]?.t) return { applied: 0, pending: [...MIGRATIONS], newer: 0 };
  let rows: { created_at: string | number | null }[];
  try {
    rows = rowsOf(await db.execute(sql`select created_at from ${TABLE}`));
  } catch (e) {
    throw new StartupError(
      `The server's database role cannot read the migrations table (${(e as Error).message}). ` +
        'Run `npm run db:migrate` as the owner role: it grants the app role what it needs.',
    );
  }
  const times = rows.map((r) => Number(r.created_at));
  const last = Math.max(0, ...times);
  const latestKnown = Math.max(0, ...MIGRATIONS.map((m) => m.when));
  return {
    applied: rows.length,
    // The rule drizzle's migrator uses: anything newer than the last one applied.
    pending: MIGRATIONS.filter((m) => m.when > last),
    newer: times.filter((t) => t > latestKnown).length,
  };
}

/** Applies what is pending, all or nothing, under an advisory lock so two instances (or a
 * server and `db:migrate`) starting together run them once. `fresh` is true when the database
 * had no migrations before: the only time `seed` runs, in the same transaction, so a failed
 * seed leaves the database new (and seeded at the next start) and data is never seeded over. */
export async function applyMigrations(
  db: Db,
  seed?: (tx: Tx) => Promise<void>,
): Promise<{ applied: string[]; fresh: boolean }> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('cohort-register:migrations'))`);
    await tx.execute(sql`create schema if not exists "drizzle"`);
    await tx.execute(
      sql`create table if not exists ${TABLE} (id serial primary key, hash text not null, created_at bigint)`,
    );
    const status = await migrationStatus(tx);
    refuseNewer(status);
    for (const migration of status.pending) {
      for (const statement of migration.statements) await tx.execute(sql.raw(statement));
      await tx.execute(
        sql`insert into ${TABLE} (hash, created_at) values (${migration.hash}, ${migration.when})`,
      );
    }
    const fresh = status.applied === 0;
    if (fresh && seed) await seed(tx);
    return { applied: status.pending.map((m) => m.tag), fresh };
  });
}

/** On PostgreSQL the server runs as a role that may not change the schema: it only checks. */
export async function refuseUnlessMigrated(db: Db): Promise<void> {
  const status = await migrationStatus(db);
  refuseNewer(status);
  if (status.pending.length > 0)
    throw new StartupError(
      `${status.pending.length} database migration(s) pending (${status.pending.map((m) => m.tag).join(', ')}). ` +
        'Run `npm run db:migrate` with DATABASE_OWNER_URL (the owner role), then start the server.',
    );
}

function refuseNewer(status: MigrationStatus): void {
  if (status.newer > 0)
    throw new StartupError(
      `The database was migrated by a newer version of this app (${status.newer} migration(s) ` +
        'this version does not know). Run that version, or restore a backup. Nothing was changed.',
    );
}
