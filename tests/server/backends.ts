import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { openEmbedded, openPostgres } from '../../src/server/db/client';
import type { Db } from '../../src/server/db/database';
import { grantAppRole } from '../../src/server/db/grants';
import { applyMigrations } from '../../src/server/db/migrate';
import { copyMigratedTemplate } from './embedded-template';

// The database tests run once per backend: always on PGlite (embedded, a temp DATA_DIR), and
// on real PostgreSQL too when DATABASE_URL is set (`bash .ci/with-postgres.sh npx vitest run
// --project server`). Each test file gets a database of its own: on PostgreSQL a new database
// made by the owner role, migrated by the owner, used through the non-owner app role.

export interface TestDatabase {
  /** As the server connects: the app role on PostgreSQL. */
  db: Db;
  /** As the owner (PGlite has one superuser): to tamper, to check what the database refuses. */
  owner: Db;
  /** Another connection pool to the same database, as a second server instance would have
   * (PGlite: the same single connection, which serialises transactions by itself). */
  secondInstance: () => Promise<Db>;
  close(): Promise<void>;
}

export interface TestBackend {
  name: 'pglite' | 'postgres';
  /** migrate=false: a database with no migrations applied yet. */
  open(options?: { migrate?: boolean }): Promise<TestDatabase>;
}

const pglite: TestBackend = {
  name: 'pglite',
  async open({ migrate = true } = {}) {
    const dir = mkdtempSync(join(tmpdir(), 'server-test-'));
    // Migrated: a copy of the run's migrated folder (embedded-template.ts), opened as the
    // server opens an existing one.
    if (migrate) await copyMigratedTemplate(dir);
    const database = await openEmbedded(dir);
    return {
      db: database.db,
      owner: database.db,
      secondInstance: async () => database.db,
      close: async () => {
        await database.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

const postgres: TestBackend = {
  name: 'postgres',
  async open({ migrate = true } = {}) {
    const ownerUrl = process.env.DATABASE_OWNER_URL ?? '';
    const appUrl = process.env.DATABASE_URL ?? '';
    const name = `test_${randomBytes(6).toString('hex')}`;
    const admin = await openPostgres(ownerUrl, 1);
    await admin.db.execute(sql.raw(`create database ${name}`));
    const inDb = (url: string) => Object.assign(new URL(url), { pathname: `/${name}` }).href;
    const owner = await openPostgres(inDb(ownerUrl), 4);
    if (migrate) {
      await applyMigrations(owner.db);
      await grantAppRole(owner.db, new URL(appUrl).username);
    }
    const pools = [owner, await openPostgres(inDb(appUrl), 10)];
    return {
      db: pools[1]!.db,
      owner: owner.db,
      secondInstance: async () => {
        const pool = await openPostgres(inDb(appUrl), 10);
        pools.push(pool);
        return pool.db;
      },
      close: async () => {
        for (const pool of pools) await pool.close();
        await dropWhenIdle(admin.db, name);
        await admin.close();
      },
    };
  },
};

/** A closed pool's backends take a moment to exit; the owner may not terminate the app
 * role's, so it waits for them instead of using `with (force)`. */
async function dropWhenIdle(admin: Db, name: string): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await admin.execute(sql.raw(`drop database if exists ${name}`));
      return;
    } catch (error) {
      if (attempt >= 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

export const BACKENDS: TestBackend[] = process.env.DATABASE_URL ? [pglite, postgres] : [pglite];
