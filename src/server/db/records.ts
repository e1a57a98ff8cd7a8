import { asc, eq, getTableColumns, inArray, sql, type SQL } from 'drizzle-orm';
import { union } from 'drizzle-orm/pg-core';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { AuditEvent } from '../../api/schemas/audit';
import type { Cohort } from '../../api/schemas/cohorts';
import type { StaffAccount } from '../../api/schemas/staff-accounts';
import { hashPassword } from '../auth/passwords';
import { endAllSessions } from '../auth/sessions';
import type { Changes, Records } from '../../domain/commands/command';
import type { ReadNeeds } from '../../backend/read-needs';
import type { Snapshot } from '../../backend/snapshot';
import type { DbOrTx, Tx } from './database';
import * as t from './domain-tables';
import { auditEvents } from './schema';

// The records as the domain commands and views take them, read from and written to the
// tables. The bounded tables are read whole (a service has hundreds of cohorts at most); of
// the waiting list, only the rows a read needs (src/backend/read-needs.ts says which, and
// this file says the same in SQL); the audit trail and the list's pages have queries of their own.

function stringsOf(values: readonly (string | undefined)[] | undefined): string[] {
  return [...new Set((values ?? []).filter((v): v is string => typeof v === 'string'))];
}

/** Of referrals and participants, the rows selectRecords would keep for these needs. Each way
 * a row can be needed is its own indexed lookup, and the ids they find are joined by UNION, so
 * a read costs what it finds, not the size of the waiting list. */
function waitingListRows(db: DbOrTx, needs: ReadNeeds) {
  if (needs.everyone) {
    return [
      db.select().from(t.referrals).orderBy(asc(t.referrals.id)),
      db.select().from(t.participants).orderBy(asc(t.participants.id)),
      db.select().from(t.contactAttempts).orderBy(asc(t.contactAttempts.id)),
    ] as const;
  }
  const nhs = stringsOf(needs.nhsNumbers);
  const people = stringsOf(needs.participantIds);
  const referralIds = stringsOf(needs.referralIds);
  const r = t.referrals;
  const idOf = { id: r.id };
  const neededReferrals = union(
    db.select({ id: t.offers.referralId }).from(t.offers),
    db
      .select(idOf)
      .from(r)
      .innerJoin(t.enrolments, eq(t.enrolments.participantId, r.participantId)),
    db.select(idOf).from(r).where(inList(r.id, referralIds)),
    db.select(idOf).from(r).where(inList(r.participantId, people)),
    db.select(idOf).from(r).where(inList(r.nhsNumber, nhs)),
  );
  const p = t.participants;
  const neededPeople = union(
    db.select({ id: t.enrolments.participantId }).from(t.enrolments),
    db.select({ id: r.participantId }).from(r).where(inArray(r.id, neededReferrals)),
    db.select({ id: p.id }).from(p).where(inList(p.id, people)),
    db.select({ id: p.id }).from(p).where(inList(p.nhsNumber, nhs)),
  );
  const c = t.contactAttempts;
  return [
    db.select().from(r).where(inArray(r.id, neededReferrals)).orderBy(asc(r.id)),
    db.select().from(p).where(inArray(p.id, neededPeople)).orderBy(asc(p.id)),
    db.select().from(c).where(inArray(c.referralId, neededReferrals)).orderBy(asc(c.id)),
  ] as const;
}

/** `column in (values)`, or nothing at all for no values. */
function inList(column: Parameters<typeof inArray>[0], values: string[]): SQL {
  return values.length > 0 ? inArray(column, values) : sql`false`;
}

/** The records for these needs, read from the tables. */
export async function readSnapshot(db: DbOrTx, needs: ReadNeeds = {}): Promise<Snapshot> {
  const [referralRows, participantRows, contactRows] = waitingListRows(db, needs);
  const [
    staff,
    cohortRows,
    facilitators,
    sessions,
    participants,
    enrolments,
    attendance,
    referrals,
    vacancies,
    offers,
    flagReviews,
    flagContacts,
    contactAttempts,
    measures,
    alerts,
    settingsRows,
    audit,
  ] = await Promise.all([
    readStaff(db),
    db.select().from(t.cohorts).orderBy(asc(t.cohorts.id)),
    db.select().from(t.cohortFacilitators).orderBy(asc(t.cohortFacilitators.position)),
    db.select().from(t.courseSessions).orderBy(asc(t.courseSessions.id)),
    participantRows,
    db.select().from(t.enrolments).orderBy(asc(t.enrolments.id)),
    db.select().from(t.attendance).orderBy(asc(t.attendance.id)),
    referralRows,
    db.select().from(t.vacancies).orderBy(asc(t.vacancies.id)),
    db.select().from(t.offers).orderBy(asc(t.offers.id)),
    db.select().from(t.flagReviews).orderBy(asc(t.flagReviews.id)),
    db.select().from(t.flagContacts).orderBy(asc(t.flagContacts.id)),
    contactRows,
    db.select().from(t.sessionMeasures).orderBy(asc(t.sessionMeasures.id)),
    db.select().from(t.safetyAlerts).orderBy(asc(t.safetyAlerts.id)),
    db.select().from(t.serviceSettings),
    // The dashboard's waiting and refill times read when referrals left the list and vacancies
    // were filled; the rest of the trail is read by GET /audit alone, a page at a time.
    needs.listHistory
      ? db
          .select()
          .from(auditEvents)
          .where(inArray(auditEvents.entity, ['referral', 'vacancy']))
          .orderBy(asc(auditEvents.id))
      : Promise.resolve([]),
  ]);
  const byCohort = new Map<string, string[]>();
  facilitators.forEach((f) =>
    byCohort.set(f.cohortId, [...(byCohort.get(f.cohortId) ?? []), f.staffId]),
  );
  const settings = settingsRows[0];
  if (!settings) throw new Error('The service settings row is missing: was the database seeded?');
  const { id: _one, ...serviceSettings } = settings;
  return {
    staff,
    cohorts: cohortRows.map((c) => ({ ...c, facilitatorIds: byCohort.get(c.id) ?? [] })),
    sessions,
    participants,
    enrolments,
    attendance,
    referrals,
    vacancies,
    offers,
    flagReviews,
    flagContacts,
    contactAttempts,
    measures,
    alerts,
    settings: serviceSettings,
    audit: audit.map(auditEventOf),
  };
}

/** An account as the records carry it, field by field: never its password hash, and no
 * column added later (a sign-on identity, say) unless it is named here. */
export function accountOf(row: typeof t.staffAccounts.$inferSelect): StaffAccount {
  const { id, name, email, role, discipline, active, deactivationReason, version } = row;
  return { id, name, email, role, discipline, active, deactivationReason, version };
}

/** Staff as the domain sees them (no password hashes, no sign-on identities), in id order. */
export async function readStaff(db: DbOrTx): Promise<Snapshot['staff']> {
  const rows = await db.select().from(t.staffAccounts).orderBy(asc(t.staffAccounts.id));
  return rows.map(accountOf);
}

/** An audit row as the contract's AuditEvent (its id a string, its time an ISO string). */
export function auditEventOf(row: typeof auditEvents.$inferSelect): AuditEvent {
  return {
    id: String(row.id),
    at: new Date(row.at).toISOString(),
    actorId: row.actorId,
    actorRole: row.actorRole as AuditEvent['actorRole'],
    action: row.action,
    entity: row.entity,
    entityId: row.entityId,
    before: row.before ?? null,
    after: row.after ?? null,
    requestId: row.requestId,
  };
}

const TABLES: { [T in keyof Records]: PgTable } = {
  staff: t.staffAccounts,
  cohorts: t.cohorts,
  sessions: t.courseSessions,
  participants: t.participants,
  enrolments: t.enrolments,
  attendance: t.attendance,
  referrals: t.referrals,
  vacancies: t.vacancies,
  offers: t.offers,
  flagReviews: t.flagReviews,
  flagContacts: t.flagContacts,
  contactAttempts: t.contactAttempts,
  measures: t.sessionMeasures,
  alerts: t.safetyAlerts,
};

/** Parents before children, so foreign keys hold at every insert. */
const WRITE_ORDER: (keyof Records)[] = [
  'staff',
  'participants',
  'cohorts',
  'sessions',
  'enrolments',
  'attendance',
  'referrals',
  'vacancies',
  'offers',
  'flagReviews',
  'flagContacts',
  'contactAttempts',
  'measures',
  'alerts',
];

/** Insert, or replace every column of the row with the same id. */
async function upsert(tx: Tx, table: PgTable, rows: Record<string, unknown>[]): Promise<void> {
  const columns = getTableColumns(table);
  const set: Record<string, SQL> = {};
  for (const [key, column] of Object.entries(columns)) {
    if (key !== 'id') set[key] = sql.raw(`excluded."${column.name}"`);
  }
  const id = (columns as Record<string, (typeof columns)[string]>).id!;
  await tx.insert(table).values(rows).onConflictDoUpdate({ target: id, set });
}

async function putCohorts(tx: Tx, cohorts: Cohort[]): Promise<void> {
  await upsert(
    tx,
    t.cohorts,
    cohorts.map(({ facilitatorIds: _ids, ...row }) => row),
  );
  const ids = cohorts.map((c) => c.id);
  await tx.delete(t.cohortFacilitators).where(inArray(t.cohortFacilitators.cohortId, ids));
  const links = cohorts.flatMap((c) =>
    c.facilitatorIds.map((staffId, position) => ({ cohortId: c.id, staffId, position })),
  );
  if (links.length > 0) await tx.insert(t.cohortFacilitators).values(links);
}

/** Stores what a domain command decided, inside the caller's transaction. */
export async function applyChanges(tx: Tx, changes: Changes): Promise<void> {
  for (const name of [...WRITE_ORDER].reverse()) {
    const ids = changes.remove[name];
    if (!ids?.length) continue;
    const table = TABLES[name] as PgTable & { id: never };
    await tx.delete(table).where(inArray(getTableColumns(table).id!, ids));
  }
  for (const name of WRITE_ORDER) {
    const rows = changes.put[name];
    if (!rows?.length) continue;
    if (name === 'cohorts') await putCohorts(tx, rows as Cohort[]);
    else if (name === 'staff') await putStaff(tx, rows as StaffAccount[]);
    else await upsert(tx, TABLES[name], rows as unknown as Record<string, unknown>[]);
  }
  if (changes.settings) {
    await upsert(tx, t.serviceSettings, [{ id: 1, ...changes.settings }]);
  }
  for (const { staffId, password, mustChange } of changes.credentials ?? []) {
    await tx
      .update(t.staffAccounts)
      .set({ passwordHash: await hashPassword(password), mustChangePassword: mustChange })
      .where(eq(t.staffAccounts.id, staffId));
  }
  // A deactivation or a new password ends every session of theirs in the same transaction.
  // The rows stay, marked ended with the reason, so a device still holding one is told why.
  for (const staffId of changes.endSessionsOf ?? []) {
    const newPassword = changes.credentials?.some((c) => c.staffId === staffId);
    await endAllSessions(tx, staffId, new Date(), newPassword ? 'password_changed' : 'deactivated');
  }
}

/** Accounts as the records carry them: every column but the password's, which stays. */
async function putStaff(tx: Tx, accounts: StaffAccount[]): Promise<void> {
  for (const account of accounts) {
    const { id: _id, ...fields } = account;
    await tx
      .insert(t.staffAccounts)
      .values(account)
      .onConflictDoUpdate({ target: t.staffAccounts.id, set: fields });
  }
}
