import { openPostgres, safeUrl } from './db/client';
import { grantAppRole } from './db/grants';
import { applyMigrations } from './db/migrate';
import { StartupError } from './startup-error';

// `npm run db:migrate`: applies the committed migrations to PostgreSQL as the owner role
// (DATABASE_OWNER_URL, or DATABASE_URL when that is the owner), then grants the server's
// role (DATABASE_APP_ROLE, or the user in DATABASE_URL when it differs from the owner) the
// rights it needs. The embedded database needs none of this: the server migrates it at start.

const env = process.env;
const ownerUrl = env.DATABASE_OWNER_URL?.trim() || env.DATABASE_URL?.trim();

try {
  if (!ownerUrl)
    throw new StartupError(
      'Set DATABASE_OWNER_URL (or DATABASE_URL) to the PostgreSQL owner role. The embedded ' +
        'database needs no db:migrate: the server migrates it when it starts.',
    );
  const database = await openPostgres(ownerUrl, 1);
  try {
    const { applied } = await applyMigrations(database.db);
    console.log(
      applied.length
        ? `Applied ${applied.length} migration(s) to ${safeUrl(ownerUrl)}: ${applied.join(', ')}`
        : `${safeUrl(ownerUrl)} is up to date.`,
    );
    const role = appRole(ownerUrl, env.DATABASE_URL, env.DATABASE_APP_ROLE);
    if (role) {
      await grantAppRole(database.db, role);
      console.log(`Granted the app role "${role}" its rights.`);
    }
  } finally {
    await database.close();
  }
} catch (error) {
  console.error(`db:migrate failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}

function appRole(owner: string, app: string | undefined, named: string | undefined): string | null {
  if (named?.trim()) return named.trim();
  if (!app?.trim()) return null;
  const user = (url: string) => decodeURIComponent(new URL(url).username);
  return user(app) && user(app) !== user(owner) ? user(app) : null;
}
