import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { StartupError } from '../startup-error';

/** The PostgreSQL major inside the pinned PGlite (package.json pins it exactly for this
 * reason): a data folder of another major cannot be opened by it. A test checks that a fresh
 * folder says this, so upgrading PGlite without updating it fails there, not on a user's data. */
export const PGLITE_PG_MAJOR = 18;

/** The database lives in a subfolder, so the lock file and anything else in DATA_DIR never
 * sits inside PostgreSQL's own directory. */
export function embeddedDbDir(dataDir: string): string {
  return join(dataDir, 'pg');
}

/** Refuses, before PGlite touches it, a folder it would misread. PGlite runs initdb over a
 * folder without PG_VERSION, which would bury whatever is there under an empty database, and
 * it aborts on one of another major. Returns whether the database is new. */
export function checkEmbeddedDataDir(dir: string): 'new' | 'existing' {
  if (!existsSync(dir) || (statSync(dir).isDirectory() && readdirSync(dir).length === 0))
    return 'new';
  const advice =
    'Nothing was changed. Restore the folder from a backup, or move it aside to start afresh.';
  if (!statSync(dir).isDirectory())
    throw new StartupError(
      `${dir} should be the embedded database folder but is a file. ${advice}`,
    );
  const versionFile = join(dir, 'PG_VERSION');
  if (!existsSync(versionFile) || !existsSync(join(dir, 'global', 'pg_control')))
    throw new StartupError(
      `${dir} is not empty but is not a whole database folder (PG_VERSION or global/pg_control ` +
        `is missing): it looks damaged. ${advice}`,
    );
  const major = Number(readFileSync(versionFile, 'utf8').trim());
  if (!Number.isInteger(major))
    throw new StartupError(`${versionFile} is unreadable: the database looks damaged. ${advice}`);
  if (major > PGLITE_PG_MAJOR)
    throw new StartupError(
      `${dir} was written by a newer version (PostgreSQL ${major}; this one runs ` +
        `${PGLITE_PG_MAJOR}). Run the newer version of the app on it. Nothing was changed.`,
    );
  if (major < PGLITE_PG_MAJOR)
    throw new StartupError(
      `${dir} holds PostgreSQL ${major} data; this version runs ${PGLITE_PG_MAJOR}. Export it ` +
        `with the version that wrote it (pg_dump) and import it here. Nothing was changed.`,
    );
  return 'existing';
}
