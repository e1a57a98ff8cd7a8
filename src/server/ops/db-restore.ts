import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { readConfig } from '../config';
import { StartupError } from '../startup-error';
import { restoreEmbedded } from './backup-embedded';
import { restorePostgres } from './backup-postgres';
import { newestBackup } from './db-backup';

// `npm run db:restore [-- FILE]`: into an empty database only, never over data. PostgreSQL
// (a .pgdump) into DATABASE_OWNER_URL's database, as the owner role, with its grants and
// function owners; the embedded database (a .pglite.tar.gz) into a DATA_DIR holding none.
// Without a file, the newest in BACKUP_DIR. Then `npm run audit:verify` checks the trail.

async function main(): Promise<void> {
  const env = process.env;
  const file = resolve(process.argv[2] ?? newestBackup());
  if (!existsSync(file)) throw new StartupError(`No such backup: ${file}`);
  const config = readConfig(env);
  const ownerUrl = env.DATABASE_OWNER_URL?.trim() || config.databaseUrl;
  if (file.endsWith('.pgdump')) {
    if (!ownerUrl)
      throw new StartupError('A PostgreSQL backup needs DATABASE_OWNER_URL (the owner role).');
    await restorePostgres(ownerUrl, file);
  } else if (file.endsWith('.tar.gz')) {
    if (config.databaseUrl)
      throw new StartupError(
        'An embedded-database backup restores into DATA_DIR: unset DATABASE_URL.',
      );
    await restoreEmbedded(config.dataDir, file);
  } else throw new StartupError(`${file} is neither a .pgdump nor a .pglite.tar.gz backup.`);
  console.log(`Restored ${file}. Now run: npm run audit:verify`);
}

if (process.argv[1]?.endsWith('db-restore.js'))
  main().catch((error: unknown) => {
    console.error(`db:restore failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
