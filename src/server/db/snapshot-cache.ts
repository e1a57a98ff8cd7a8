import { eq } from 'drizzle-orm';
import type { ReadNeeds } from '../../backend/read-needs';
import type { Snapshot } from '../../backend/snapshot';
import type { Changes } from '../../domain/commands/command';
import type { DbOrTx } from './database';
import { readSnapshot, readStaff } from './records';
import { dataVersion } from './schema';

// Most requests read the same records: the bounded tables whole and the people in cohorts
// (a read with no needs). The database raises data_version.version in every transaction that
// changes any of them (migration 0006), so the records read at a version are the records at
// that version, on every instance: a request reads the version (one small query, in its own
// transaction, so it sees what that transaction sees) and reuses what was read at it. Staff
// accounts change outside that count (sign-ins) and are small: they are read every time.
// What is kept is frozen: a view or command that tried to change it would throw, not corrupt
// the next request's records.

interface Kept {
  version: number;
  records: Omit<Snapshot, 'staff'>;
}
const kept = new Map<string, Kept>();

function isCommon(needs: ReadNeeds): boolean {
  return (
    !needs.everyone &&
    !needs.listHistory &&
    !needs.referralIds?.length &&
    !needs.participantIds?.length &&
    !needs.nhsNumbers?.length
  );
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

export interface DataVersion {
  databaseId: string;
  version: number;
}

/** The count now, as this transaction sees it. */
export async function dataVersionIn(db: DbOrTx): Promise<DataVersion | null> {
  const [row] = await db.select().from(dataVersion).where(eq(dataVersion.id, 1));
  return row ?? null;
}

/** The count, locked until this transaction ends: no other transaction can change a domain
 * record (their triggers wait on this row), so whatever the count is at the end is this
 * transaction's doing alone. Writes take it first (write-context.ts). */
export async function lockDataVersion(db: DbOrTx): Promise<DataVersion | null> {
  const [row] = await db.select().from(dataVersion).where(eq(dataVersion.id, 1)).for('update');
  return row ?? null;
}

/** The records for these needs: read afresh, or as kept when nothing has changed since.
 * `known`: the count, when the caller has just read it. `keep`: only a read-only transaction
 * may keep what it read (a write's transaction could still roll back what it sees). */
export async function loadSnapshot(
  db: DbOrTx,
  needs: ReadNeeds = {},
  { known, keep = false }: { known?: DataVersion | null; keep?: boolean } = {},
): Promise<Snapshot> {
  if (!isCommon(needs)) return readSnapshot(db, needs);
  const row = known === undefined ? await dataVersionIn(db) : known;
  if (!row) return readSnapshot(db, needs);
  const hit = kept.get(row.databaseId);
  if (hit && hit.version === row.version) return { ...hit.records, staff: await readStaff(db) };
  const { staff, ...records } = await readSnapshot(db, needs);
  // Several databases in one process (tests) each keep their own; a newer read replaces an
  // older one, never the other way round.
  if (keep && (!hit || hit.version < row.version))
    kept.set(row.databaseId, { version: row.version, records: deepFreeze(records) });
  return { ...records, staff };
}

/** Tables whose changes leave the kept records' choice of referrals and people as it was
 * (read-needs.ts chooses them by places, offers and referrals): a write touching only these
 * (a mark, a note, a flag decision, a session, a cohort's details, settings) updates the kept
 * records in place of reading them all again. */
const PATCHABLE = new Set([
  'attendance',
  'sessions',
  'flagReviews',
  'flagContacts',
  'cohorts',
  'vacancies',
]);

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** After a write commits: the kept records at `from`, with the write's changes, are the records
 * at `to` (the write held the count's lock, so nothing else changed between). A write that
 * touched anything else leaves them to be read again. */
export function keepAfterWrite(from: DataVersion, to: DataVersion, changes: Changes): void {
  const hit = kept.get(from.databaseId);
  if (!hit || hit.version !== from.version || to.version === from.version) return;
  const tables = [...Object.keys(changes.put), ...Object.keys(changes.remove)];
  if (!tables.every((name) => PATCHABLE.has(name))) return;
  const records = { ...hit.records } as Record<string, unknown>;
  for (const [name, rows] of Object.entries(changes.put) as [string, { id: string }[]][]) {
    const next = new Map((records[name] as { id: string }[]).map((r) => [r.id, r]));
    for (const row of rows) next.set(row.id, row);
    records[name] = [...next.values()].sort(byId);
  }
  for (const [name, ids] of Object.entries(changes.remove) as [string, string[]][]) {
    const gone = new Set(ids);
    records[name] = (records[name] as { id: string }[]).filter((r) => !gone.has(r.id));
  }
  if (changes.settings) records.settings = changes.settings;
  kept.set(from.databaseId, {
    version: to.version,
    records: deepFreeze(structuredCloneFree(records) as Kept['records']),
  });
}

/** The changes' rows are the command's own objects: copied, so freezing them changes nothing
 * the command's caller still holds. */
function structuredCloneFree(records: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(records).map(([name, value]) => [
      name,
      Array.isArray(value)
        ? Object.isFrozen(value)
          ? value
          : value.map((r) => (Object.isFrozen(r) ? r : structuredClone(r)))
        : value && typeof value === 'object' && !Object.isFrozen(value)
          ? structuredClone(value)
          : value,
    ]),
  );
}
