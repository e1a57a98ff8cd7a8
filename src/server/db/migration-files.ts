import { createHash } from 'node:crypto';
import journal from './migrations/meta/_journal.json';

// The committed migrations, bundled into the server build (Vite inlines the glob), so the
// built server and `npm run db:migrate` carry their own SQL and need no source tree beside
// them. Read the way drizzle-orm's migrator reads a folder: same split, same hash, same
// journal time, so a database migrated by either agrees with the other.
const files = import.meta.glob<string>('./migrations/*.sql', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export interface MigrationFile {
  tag: string;
  /** The journal's time for it: the order, and what drizzle records as `created_at`. */
  when: number;
  hash: string;
  statements: string[];
}

export const MIGRATIONS: readonly MigrationFile[] = journal.entries.map((entry) => {
  const text = files[`./migrations/${entry.tag}.sql`];
  if (text === undefined)
    throw new Error(`Migration ${entry.tag}.sql is in the journal but missing`);
  return {
    tag: entry.tag,
    when: entry.when,
    hash: createHash('sha256').update(text).digest('hex'),
    statements: text.split('--> statement-breakpoint').filter((s) => s.trim() !== ''),
  };
});
