import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { openPostgres, safeUrl } from '../db/client';
import { rowsOf } from '../db/database';
import { StartupError } from '../startup-error';

// PostgreSQL backups with PostgreSQL's own tools, as the owner role: pg_dump's custom format
// carries the tables, their rows, the functions and triggers with their owners, and every
// grant to the app role. Roles belong to the cluster, not the database, so a restore checks
// that each role the dump names exists first and says how to create any that does not.

/** pg_dump and pg_restore from PATH, else Debian's PostgreSQL 15 (the version CI tests). */
function tool(name: 'pg_dump' | 'pg_restore'): string {
  const debian = join('/usr/lib/postgresql/15/bin', name);
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  if (found.status === 0 && found.stdout.trim()) return found.stdout.trim();
  if (existsSync(debian)) return debian;
  throw new StartupError(
    `${name} is not installed: install PostgreSQL's client tools (15 or later).`,
  );
}

/** The URL without its password, which goes to the tools in PGPASSWORD instead (a command
 * line can be read by every user of the machine). */
function connection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = '';
  return { dbname: u.href, env: { ...process.env, PGPASSWORD: password } };
}

export function backupPostgres(ownerUrl: string, file: string): void {
  const { dbname, env } = connection(ownerUrl);
  const run = spawnSync(tool('pg_dump'), ['--format=custom', '--file', file, '--dbname', dbname], {
    env,
    encoding: 'utf8',
  });
  if (run.status !== 0)
    throw new StartupError(`pg_dump of ${safeUrl(ownerUrl)} failed: ${run.stderr.trim()}`);
}

/** Into an empty database only: restoring over data would mix two histories. */
export async function restorePostgres(ownerUrl: string, file: string): Promise<void> {
  const { dbname, env } = connection(ownerUrl);
  const script = execFileSync(tool('pg_restore'), ['--schema-only', '--file', '-', file], {
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const named = new Set(
    [...script.matchAll(/(?:OWNER TO|\bTO|\bFROM) "?([a-z_][a-z0-9_$]*)"?;/g)]
      .map((m) => m[1]!)
      .filter((role) => role !== 'public' && role !== 'postgres' && role !== 'pg_database_owner'),
  );
  const database = await openPostgres(ownerUrl, 1);
  try {
    const tables = rowsOf<{ n: number }>(
      await database.db.execute(
        sql`select count(*)::int as n from pg_tables where schemaname in ('public', 'drizzle')`,
      ),
    );
    if ((tables[0]?.n ?? 0) > 0)
      throw new StartupError(
        `${safeUrl(ownerUrl)} already holds tables: restore into a new, empty database ` +
          '(CREATE DATABASE ... OWNER <owner role>), then point DATABASE_URL at it.',
      );
    const existing = rowsOf<{ rolname: string }>(
      await database.db.execute(sql`select rolname from pg_roles`),
    ).map((r) => r.rolname);
    const missing = [...named].filter((role) => !existing.includes(role));
    if (missing.length)
      throw new StartupError(
        `The backup grants to role(s) this cluster does not have: ${missing.join(', ')}. ` +
          `Create them first (as an administrator): ${missing.map((r) => `CREATE ROLE ${r} LOGIN PASSWORD '...';`).join(' ')}`,
      );
  } finally {
    await database.close();
  }
  const run = spawnSync(
    tool('pg_restore'),
    ['--single-transaction', '--exit-on-error', '--dbname', dbname, file],
    { env, encoding: 'utf8' },
  );
  if (run.status !== 0)
    throw new StartupError(`pg_restore into ${safeUrl(ownerUrl)} failed: ${run.stderr.trim()}`);
}
