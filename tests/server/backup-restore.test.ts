import { execFile, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../src/server/api';
import { openEmbedded, openPostgres } from '../../src/server/db/client';
import { rowsOf, type Db } from '../../src/server/db/database';
import { grantAppRole } from '../../src/server/db/grants';
import { applyMigrations } from '../../src/server/db/migrate';
import { seedDemo } from '../../src/server/db/seed-demo';
import { createLogger } from '../../src/server/logger';
import { startServer } from '../../src/server/start';

// A backup is only as good as its restore: `db:backup`, then `db:restore` into an empty
// database, then `audit:verify` (as the app role on PostgreSQL, so the grants came back too),
// and every table holds as many rows as the original. On the embedded database always; on
// PostgreSQL when run under .ci/with-postgres.sh (CI does).
const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, 'node_modules/.tmp/backup-restore-test');
const work = mkdtempSync(join(tmpdir(), 'backup-'));
const run = promisify(execFile);

beforeAll(() => {
  for (const entry of [
    'src/server/ops/db-backup.ts',
    'src/server/ops/db-restore.ts',
    'src/server/audit-verify.ts',
  ])
    execFileSync(process.execPath, ['.ci/build-node.mjs', entry, OUT], {
      cwd: ROOT,
      stdio: 'pipe',
    });
}, 180_000);
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(OUT, { recursive: true, force: true });
});

function command(script: string, env: Record<string, string>, args: string[] = []) {
  return run(process.execPath, [join(OUT, script), ...args], {
    cwd: work,
    env: { PATH: process.env.PATH ?? '', BACKUP_DIR: join(work, 'backups'), ...env },
  });
}

/** Rows in every table of the app's schemas, by name. */
async function rowCounts(db: Db): Promise<Record<string, number>> {
  const tables = rowsOf<{ name: string }>(
    await db.execute(
      sql`select quote_ident(schemaname) || '.' || quote_ident(tablename) as name from pg_tables where schemaname in ('public', 'drizzle') order by 1`,
    ),
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = rowsOf<{ n: number }>(
      await db.execute(sql.raw(`select count(*)::int as n from ${name}`)),
    );
    counts[name] = row!.n;
  }
  return counts;
}

/** Who owns each function (the audit chain's triggers among them) and what the app role may
 * do to each table: what pg_dump must bring back besides the rows. */
async function rights(db: Db, appRole: string): Promise<string[]> {
  const rows = rowsOf<{ line: string }>(
    await db.execute(sql`
      select 'function ' || p.proname || ' owned by ' || pg_get_userbyid(p.proowner) ||
        case when has_function_privilege(${appRole}, p.oid, 'EXECUTE') then ', run by the app' else '' end as line
        from pg_proc p where p.pronamespace = 'public'::regnamespace
      union all
      select 'table ' || t.tablename || ': ' ||
        concat_ws(',', case when has_table_privilege(${appRole}, t.schemaname || '.' || t.tablename, 'SELECT') then 'select' end,
                       case when has_table_privilege(${appRole}, t.schemaname || '.' || t.tablename, 'INSERT') then 'insert' end,
                       case when has_table_privilege(${appRole}, t.schemaname || '.' || t.tablename, 'UPDATE') then 'update' end,
                       case when has_table_privilege(${appRole}, t.schemaname || '.' || t.tablename, 'DELETE') then 'delete' end)
        from pg_tables t where t.schemaname in ('public', 'drizzle')
      order by 1`),
  );
  return rows.map((r) => r.line);
}

/** The demo data plus a sign-in (a session, an audit entry) through the server itself. */
async function fillThroughServer(env: Record<string, string>): Promise<void> {
  const server = await startServer({
    env: { PORT: '0', SEED: 'demo', ...env },
    log: createLogger({ level: 'silent' }),
    api: createApi,
    seed: seedDemo,
  });
  try {
    const res = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'sam.patel@nhs.net', password: 'demo-pain-course' }),
    });
    expect(res.status).toBe(200);
  } finally {
    await server.close();
  }
}

describe('backup and restore', () => {
  it('embedded database: backup -> restore into a new DATA_DIR -> audit:verify OK, equal counts', async () => {
    const source = join(work, 'source');
    const target = join(work, 'target');
    await fillThroughServer({ DATA_DIR: source });
    const file = join(work, 'embedded.pglite.tar.gz');
    await command('db-backup.js', { DATA_DIR: source }, ['--out', file]);
    const restored = await command('db-restore.js', { DATA_DIR: target }, [file]);
    expect(restored.stdout).toContain('Restored');
    const verified = await command('audit-verify.js', { DATA_DIR: target });
    expect(verified.stdout).toMatch(/audit chain: [1-9]\d* entries, OK/);
    // Never over data: a second restore into the same folder is refused.
    await expect(command('db-restore.js', { DATA_DIR: target }, [file])).rejects.toThrow(
      /already holds a database/,
    );
    const counts = [];
    for (const dir of [source, target]) {
      const database = await openEmbedded(dir);
      counts.push(await rowCounts(database.db));
      await database.close();
    }
    console.log(`embedded backup/restore: ${JSON.stringify(counts[1])}`);
    expect(Object.keys(counts[0]!).length).toBeGreaterThan(10);
    expect(counts[1]).toEqual(counts[0]);
  }, 240_000);

  it.runIf(process.env.DATABASE_OWNER_URL)(
    'PostgreSQL: pg_dump as the owner -> pg_restore into an empty database -> audit:verify as the app role, equal counts',
    async () => {
      const ownerUrl = process.env.DATABASE_OWNER_URL!;
      const appUrl = process.env.DATABASE_URL!;
      const names = ['source', 'target'].map(
        (n) => `backup_${n}_${randomBytes(4).toString('hex')}`,
      );
      const inDb = (url: string, name: string) =>
        Object.assign(new URL(url), { pathname: `/${name}` }).href;
      const admin = await openPostgres(ownerUrl, 1);
      for (const name of names) await admin.db.execute(sql.raw(`create database ${name}`));
      const [source, target] = names as [string, string];
      try {
        const owner = await openPostgres(inDb(ownerUrl, source), 1);
        await applyMigrations(owner.db);
        await grantAppRole(owner.db, new URL(appUrl).username);
        await owner.close();
        await fillThroughServer({ DATABASE_URL: inDb(appUrl, source) });

        const file = join(work, 'postgres.pgdump');
        await command('db-backup.js', { DATABASE_OWNER_URL: inDb(ownerUrl, source) }, [
          '--out',
          file,
        ]);
        await command('db-restore.js', { DATABASE_OWNER_URL: inDb(ownerUrl, target) }, [file]);
        const verified = await command('audit-verify.js', { DATABASE_URL: inDb(appUrl, target) });
        expect(verified.stdout).toMatch(/audit chain: [1-9]\d* entries, OK/);

        const counts = [];
        const granted = [];
        for (const name of names) {
          const database = await openPostgres(inDb(ownerUrl, name), 1);
          counts.push(await rowCounts(database.db));
          granted.push(await rights(database.db, new URL(appUrl).username));
          await database.close();
        }
        // The trail, its chain and head are appended only through the owner's functions.
        const ownerRole = new URL(ownerUrl).username;
        expect(granted[1]).toEqual(
          expect.arrayContaining([
            'table audit_events: select',
            'table audit_head: select',
            'table access_log: select,insert',
            `function audit_append owned by ${ownerRole}, run by the app`,
            `function audit_chain_extend owned by ${ownerRole}, run by the app`,
          ]),
        );
        expect(granted[1]!.filter((l) => l.startsWith('function ')).length).toBeGreaterThan(0);
        expect(granted[1]).toEqual(granted[0]);
        console.log(`PostgreSQL backup/restore: ${JSON.stringify(counts[1])}`);
        expect(Object.keys(counts[0]!).length).toBeGreaterThan(10);
        expect(counts[1]).toEqual(counts[0]);
      } finally {
        for (const name of names)
          await admin.db.execute(sql.raw(`drop database if exists ${name}`)).catch(() => undefined);
        await admin.close();
      }
    },
    240_000,
  );
});
