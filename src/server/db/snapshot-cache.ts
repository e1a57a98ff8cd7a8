import { eq } from 'drizzle-orm';
import type { ReadNeeds } from '../../backend/read-needs';
import type { Snapshot } from '../../backend/snapshot';
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

/** The records for these needs: read afresh, or as kept when nothing has changed since. */
export async function loadSnapshot(db: DbOrTx, needs: ReadNeeds = {}): Promise<Snapshot> {
  if (!isCommon(needs)) return readSnapshot(db, needs);
  const [row] = await db.select().from(dataVersion).where(eq(dataVersion.id, 1));
  if (!row) return readSnapshot(db, needs);
  const hit = kept.get(row.databaseId);
  if (hit && hit.version === row.version) return { ...hit.records, staff: await readStaff(db) };
  const { staff, ...records } = await readSnapshot(db, needs);
  // Several databases in one process (tests) each keep their own; a newer read replaces an
  // older one, never the other way round.
  if (!hit || hit.version < row.version)
    kept.set(row.databaseId, { version: row.version, records: deepFreeze(records) });
  return { ...records, staff };
}
