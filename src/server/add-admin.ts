import { parseArgs } from 'node:util';
import { newStaffSchema } from '../api/schemas/staff-accounts';
import { temporaryPassword } from '../backend/temporary-password';
import { createStaff, setTemporaryPassword } from '../domain/commands/staff';
import { rolesFor } from '../domain/policy';
import { managesStaff } from '../domain/staff';
import { readConfig } from './config';
import { openEmbedded, openPostgres } from './db/client';
import { lockDataDir } from './db/data-dir-lock';
import type { Database, Db } from './db/database';
import * as t from './db/domain-tables';
import { applyMigrations, refuseUnlessMigrated } from './db/migrate';
import { runCommandIn } from './routes/write-context';
import { StartupError } from './startup-error';

// `npm run staff:add-admin -- --name "Sam Patel" --email sam.patel@nhs.net [--single-sign-on]`
// The way into a new database (SEED=none): adds the first admin, who adds everyone else on the
// Staff page. Refused once an active admin exists. With a local password (the default) it
// prints a one-time temporary password, here only, which the first sign-in must replace; with
// --single-sign-on it sets none, and the account is bound at its first single sign-on by email.
// It reads the same settings as the server (DATABASE_URL, or DATA_DIR for the embedded
// database, which must not be open in a running server), and its change is audited.

/** The role that manages staff accounts (the policy table's admins). */
const STAFF_MANAGER = rolesFor('staff.manage')[0]!;

const COMMAND_LINE = {
  id: 'command-line',
  name: 'Command line (staff:add-admin)',
  email: 'command-line@localhost.invalid',
  role: STAFF_MANAGER,
  discipline: null,
};

async function open(): Promise<{ database: Database; release: () => void }> {
  const config = readConfig(process.env);
  if (config.databaseUrl) {
    const database = await openPostgres(config.databaseUrl, 1);
    await refuseUnlessMigrated(database.db);
    return { database, release: () => undefined };
  }
  const lock = lockDataDir(config.dataDir);
  const database = await openEmbedded(config.dataDir);
  await applyMigrations(database.db);
  return { database, release: () => lock.release() };
}

export async function addFirstAdmin(
  db: Db,
  input: { name: string; email: string; singleSignOn: boolean },
): Promise<{ id: string; password: string | null }> {
  const parsed = newStaffSchema.safeParse({ ...input, role: STAFF_MANAGER, discipline: null });
  if (!parsed.success)
    throw new StartupError(`--name and --email: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return db.transaction(async (tx) => {
    const staff = await tx.select().from(t.staffAccounts);
    if (staff.some((s) => s.active && managesStaff(s.role)))
      throw new StartupError(
        'An active admin exists already: add staff on the Staff page (or ask an admin to).',
      );
    const who = { user: COMMAND_LINE, scope: 'all' as const, requestId: 'command-line' };
    const account = await runCommandIn(tx, who, (db, cc) => createStaff(db, parsed.data, cc), {
      locks: async () => ({}),
    });
    if (input.singleSignOn) return { id: account.id, password: null };
    const password = temporaryPassword();
    await runCommandIn(
      tx,
      who,
      (db, cc) => setTemporaryPassword(db, { staffId: account.id, password }, cc),
      { locks: async () => ({ staff: [account.id] }) },
    );
    return { id: account.id, password };
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      name: { type: 'string' },
      email: { type: 'string' },
      'single-sign-on': { type: 'boolean', default: false },
    },
  });
  if (!values.name || !values.email)
    throw new StartupError(
      'Usage: npm run staff:add-admin -- --name "Full Name" --email name@nhs.net [--single-sign-on]',
    );
  const { database, release } = await open();
  try {
    const { password } = await addFirstAdmin(database.db, {
      name: values.name,
      email: values.email,
      singleSignOn: values['single-sign-on'] ?? false,
    });
    console.log(`Added ${values.name} (${values.email.toLowerCase()}) as an admin.`);
    console.log(
      password
        ? `Temporary password, shown once: ${password}\nThe first sign-in with it asks for a new one.`
        : 'No password: the account is bound at its first single sign-on with this email.',
    );
  } finally {
    await database.close();
    release();
  }
}

if (process.argv[1]?.endsWith('add-admin.js')) {
  main().catch((error: unknown) => {
    console.error(
      `staff:add-admin failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exitCode = 1;
  });
}
