import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readConfig } from '../config';
import { StartupError } from '../startup-error';
import { backupEmbedded } from './backup-embedded';
import { backupPostgres } from './backup-postgres';

// `npm run db:backup [-- --out FILE]`: PostgreSQL (DATABASE_OWNER_URL, or DATABASE_URL) with
// pg_dump's custom format, as the owner role; or the embedded database in DATA_DIR, with
// PGlite's dump (the server must be stopped). Writes into BACKUP_DIR (default backups/) a
// file named for the time, unless --out says where. docs/operations.md says how to restore.

const env = process.env;

export function backupDir(): string {
  return resolve(env.BACKUP_DIR?.trim() || 'backups');
}

/** The newest backup in BACKUP_DIR, for db:restore without a file. */
export function newestBackup(): string {
  const dir = backupDir();
  const files = readdirSync(dir)
    .filter((f) => f.startsWith('cohort-register-'))
    .map((f) => join(dir, f))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  if (!files[0]) throw new StartupError(`No backup in ${dir}: give the file to restore.`);
  return files[0];
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const config = readConfig(env);
  const ownerUrl = env.DATABASE_OWNER_URL?.trim() || config.databaseUrl;
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, 'Z');
  const name = `cohort-register-${stamp}${ownerUrl ? '.pgdump' : '.pglite.tar.gz'}`;
  const file = resolve(values.out ?? join(backupDir(), name));
  mkdirSync(resolve(file, '..'), { recursive: true, mode: 0o700 });
  if (ownerUrl) backupPostgres(ownerUrl, file);
  else await backupEmbedded(config.dataDir, file);
  console.log(`Backed up to ${file} (${Math.round(statSync(file).size / 1024)} KB)`);
}

if (process.argv[1]?.endsWith('db-backup.js'))
  main().catch((error: unknown) => {
    console.error(`db:backup failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
