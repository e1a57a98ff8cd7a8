import { courseMessages } from './message-tables';
import { inArray } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { demoSeed, type DemoSeed, type DemoStaff } from '../../demo-seed/demo-seed';
import { hashPassword } from '../auth/passwords';
import type { Tx } from './database';
import * as t from './domain-tables';
import { participantLinks } from './link-tables';

// The demo seed (src/demo-seed, the mock's own data) written into the tables, inside the
// caller's transaction: at a first start with SEED=demo, and by POST /demo/reset.

/** PostgreSQL takes at most 65,535 parameters a statement: rows go in chunks well below it. */
const MAX_PARAMETERS = 30_000;

export async function insertInChunks<T extends PgTable>(
  tx: Tx,
  table: T,
  rows: readonly T['$inferInsert'][],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0] as object).length;
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / columns));
  for (let at = 0; at < rows.length; at += size)
    await tx.insert(table).values(rows.slice(at, at + size));
}

/** The demo accounts not yet in the table, each password hashed once (argon2id is slow on
 * purpose, and every demo account shares one). Accounts already there are left as they are. */
export async function insertDemoStaff(tx: Tx, staff: readonly DemoStaff[]): Promise<void> {
  const ids = staff.map((s) => s.id);
  const existing = new Set(
    (
      await tx
        .select({ id: t.staffAccounts.id })
        .from(t.staffAccounts)
        .where(inArray(t.staffAccounts.id, ids))
    ).map((s) => s.id),
  );
  const hashes = new Map<string, Promise<string>>();
  const hashOf = (password: string) => {
    if (!hashes.has(password)) hashes.set(password, hashPassword(password));
    return hashes.get(password) as Promise<string>;
  };
  const rows = await Promise.all(
    staff
      .filter((s) => !existing.has(s.id))
      .map(async ({ password, ...account }) => ({
        ...account,
        passwordHash: await hashOf(password),
        active: true,
      })),
  );
  await insertInChunks(tx, t.staffAccounts, rows);
}

/** The demo's records (everything but the accounts), parents before children. */
export async function insertDemoRecords(tx: Tx, seed: DemoSeed): Promise<void> {
  await insertInChunks(tx, t.participants, seed.participants);
  await insertInChunks(
    tx,
    t.cohorts,
    seed.cohorts.map(({ facilitatorIds: _ids, ...cohort }) => cohort),
  );
  await insertInChunks(
    tx,
    t.cohortFacilitators,
    seed.cohorts.flatMap((c) =>
      c.facilitatorIds.map((staffId, position) => ({ cohortId: c.id, staffId, position })),
    ),
  );
  await insertInChunks(tx, t.courseSessions, seed.sessions);
  await insertInChunks(tx, t.enrolments, seed.enrolments);
  await insertInChunks(tx, t.attendance, seed.attendance);
  await insertInChunks(tx, t.referrals, seed.referrals);
  await insertInChunks(tx, t.vacancies, seed.vacancies);
  await insertInChunks(tx, t.offers, seed.offers);
  await insertInChunks(tx, t.flagReviews, seed.flagReviews);
  await insertInChunks(tx, t.flagContacts, seed.flagContacts);
  await insertInChunks(tx, t.contactAttempts, seed.contactAttempts);
  await insertInChunks(tx, t.sessionMeasures, seed.measures);
  await insertInChunks(tx, t.safetyAlerts, seed.alerts);
  await tx
    .insert(t.serviceSettings)
    .values({ id: 1, ...seed.settings })
    .onConflictDoUpdate({ target: t.serviceSettings.id, set: seed.settings });
}

/** The whole demo, accounts included: a first start with SEED=demo. */
export async function insertDemoSeed(tx: Tx, seed: DemoSeed): Promise<void> {
  await insertDemoStaff(tx, seed.staff);
  await insertDemoRecords(tx, seed);
}

/** Today's demo, for startServer's `seed` (it decides when: never over data). */
export function seedDemo(tx: Tx): Promise<void> {
  return insertDemoSeed(tx, demoSeed());
}

/** Every domain record but the accounts, children before parents (POST /demo/reset). The
 * accounts, their sessions, the idempotency keys and the audit trail stay. */
export async function deleteDemoRecords(tx: Tx): Promise<void> {
  for (const table of [
    // A person's links go with the person (an offer's text carries one).
    participantLinks,
    courseMessages,
    t.safetyAlerts,
    t.sessionMeasures,
    t.contactAttempts,
    t.offers,
    t.vacancies,
    t.flagContacts,
    t.flagReviews,
    t.attendance,
    t.referrals,
    t.enrolments,
    t.cohortFacilitators,
    t.courseSessions,
    t.cohorts,
    t.participants,
  ])
    await tx.delete(table);
}
