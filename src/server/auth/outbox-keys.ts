import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/database';
import { outboxKeys } from '../db/domain-tables';

// Each account's outbox key: the browser encrypts the marks and notes it keeps in
// IndexedDB with it (src/features/registers/outbox/encrypted-outbox-store.ts) and holds it only
// in memory, so entries outlive the page but read as nothing without a session. One key per
// account, made at its first ask from the CSPRNG and the same for every session of the
// account, so a later sign-in on the same browser can send what an earlier one left.
// With OUTBOX_KEY_SECRET set, the stored key is sealed under a key derived from it (a copy of
// the database alone then opens no outbox); a key stored before the secret was set is sealed
// at its next use. Deactivating an account or "Sign out everywhere" does not change the key:
// without a session nobody can fetch it, and entries already sent are worth nothing.

const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** The key that seals outbox keys at rest, derived from the configured secret. */
export function outboxWrappingKey(secret: string): Buffer {
  return Buffer.from(
    hkdfSync(
      'sha256',
      Buffer.from(secret, 'utf8'),
      Buffer.alloc(0),
      'cohort-register outbox key wrapping v1',
      KEY_BYTES,
    ),
  );
}

function seal(key: Buffer, wrappingKey: Buffer, staffId: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', wrappingKey, iv);
  cipher.setAAD(Buffer.from(staffId, 'utf8'));
  const body = Buffer.concat([cipher.update(key), cipher.final()]);
  return Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64');
}

function unseal(sealed: string, wrappingKey: Buffer, staffId: string): Buffer {
  const bytes = Buffer.from(sealed, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', wrappingKey, bytes.subarray(0, IV_BYTES));
  decipher.setAAD(Buffer.from(staffId, 'utf8'));
  decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
  return Buffer.concat([
    decipher.update(bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES)),
    decipher.final(),
  ]);
}

type Row = typeof outboxKeys.$inferSelect;

function stored(staffId: string, key: Buffer, wrappingKey: Buffer | null): Omit<Row, 'createdAt'> {
  return wrappingKey
    ? { staffId, wrapping: 'aes-256-gcm', secret: seal(key, wrappingKey, staffId) }
    : { staffId, wrapping: 'none', secret: key.toString('base64') };
}

function keyOf(row: Row, wrappingKey: Buffer | null): Buffer {
  if (row.wrapping === 'none') return Buffer.from(row.secret, 'base64');
  if (!wrappingKey) throw new Error('An outbox key is sealed but OUTBOX_KEY_SECRET is not set.');
  try {
    return unseal(row.secret, wrappingKey, row.staffId);
  } catch {
    throw new Error('An outbox key does not open with OUTBOX_KEY_SECRET (was it changed?).');
  }
}

/** The account's outbox key (32 bytes), made and stored at the first ask. Runs in a write
 * transaction: two first asks at once agree on one key (the second insert does nothing and
 * reads the first's row once it has committed). */
export async function outboxKeyFor(
  tx: DbOrTx,
  staffId: string,
  wrappingKey: Buffer | null,
  now = new Date(),
): Promise<Buffer> {
  const find = async () =>
    (await tx.select().from(outboxKeys).where(eq(outboxKeys.staffId, staffId)))[0];
  let row = await find();
  if (!row) {
    const fresh = randomBytes(KEY_BYTES);
    await tx
      .insert(outboxKeys)
      .values({ ...stored(staffId, fresh, wrappingKey), createdAt: now.toISOString() })
      .onConflictDoNothing();
    row = await find();
    if (!row) throw new Error('The outbox key was not stored.');
  }
  const key = keyOf(row, wrappingKey);
  // Stored before a secret was configured: sealed now, the key itself unchanged.
  if (row.wrapping === 'none' && wrappingKey)
    await tx
      .update(outboxKeys)
      .set(stored(staffId, key, wrappingKey))
      .where(eq(outboxKeys.staffId, staffId));
  return key;
}
