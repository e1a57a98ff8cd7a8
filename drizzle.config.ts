import { defineConfig } from 'drizzle-kit';

// `npm run db:generate` diffs the schema against the last snapshot in migrations/meta and
// writes the next SQL migration, which is committed. No database is needed to generate;
// migrations are applied by the server (embedded) or `npm run db:migrate` (PostgreSQL).
export default defineConfig({
  dialect: 'postgresql',
  // The infrastructure (audit trail, idempotency keys, leases) and the domain's records.
  schema: [
    './src/server/db/schema.ts',
    './src/server/db/domain-tables.ts',
    './src/server/db/link-tables.ts',
    './src/server/db/message-tables.ts',
    './src/server/db/reminder-tables.ts',
  ],
  out: './src/server/db/migrations',
  strict: true,
});
