import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { amcheck } from '@electric-sql/pglite/contrib/amcheck';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { Database, Db } from './database';
import { checkEmbeddedIntegrity } from './embedded-check';
import { checkEmbeddedDataDir, embeddedDbDir } from './embedded-data-dir';
import * as domainTables from './domain-tables';
import * as infrastructure from './schema';
import { StartupError } from '../startup-error';

const schema = { ...infrastructure, ...domainTables };

/** PGlite in `<dataDir>/pg`: checked first, because PGlite runs initdb over a directory it
 * does not recognise, and a damaged or newer one must stop the server, never be replaced. */
export async function openEmbedded(dataDir: string): Promise<Database> {
  const dir = embeddedDbDir(dataDir);
  const state = checkEmbeddedDataDir(dir);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  let client: PGlite;
  try {
    // pg_trgm: the waiting list's text search indexes (migration search-trigram); amcheck:
    // the start's integrity check of an existing folder (embedded-check.ts).
    client = await PGlite.create(dir, { extensions: { pg_trgm, amcheck } });
  } catch (e) {
    throw new StartupError(
      `The embedded database in ${dir} could not be opened (${describe(e)}). It may be damaged. ` +
        'Nothing was changed: restore the folder from a backup, or move it aside to start afresh.',
    );
  }
  if (state === 'existing') {
    try {
      await checkEmbeddedIntegrity(client, dir);
    } catch (e) {
      await client.close().catch(() => undefined);
      throw e;
    }
  }
  const db: Db = drizzlePglite({ client, schema });
  return { db, backend: 'pglite', close: () => client.close() };
}

/** node-postgres pool on DATABASE_URL. Connects once at start so a wrong URL or a database
 * that is down is reported now, with the host but never the password. */
export async function openPostgres(url: string, max = 10): Promise<Database> {
  // No JIT: the app's queries are short and shaped to their answer, and compiling one (over a
  // second on this 2-CPU machine, from a cost estimate over 100,000 referrals) costs far more
  // than it could save (docs/performance.md).
  const pool = new pg.Pool({ connectionString: url, max, options: '-c jit=off' });
  // An idle client that loses its connection emits 'error'; unhandled, it would end the process.
  pool.on('error', () => undefined);
  try {
    await pool.query('select 1');
  } catch (e) {
    await pool.end().catch(() => undefined);
    throw new StartupError(`Cannot connect to PostgreSQL at ${safeUrl(url)}: ${describe(e)}`);
  }
  const db: Db = drizzlePg({ client: pool, schema });
  const poolStats = () => ({
    total: pool.totalCount,
    idle: pool.idleCount,
    waiting: pool.waitingCount,
    max,
  });
  return { db, backend: 'postgres', close: () => pool.end(), poolStats };
}

export function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return '(an unreadable DATABASE_URL)';
  }
}

function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
