import { z } from 'zod/mini';
import { intSchema, text } from './common';

/** POST /auth/logout-everywhere: how many sessions of the user were ended (this one included). */
export const endedSessionsSchema = z.object({ ended: intSchema.check(z.nonnegative()) });

/** GET /auth/outbox-key: the signed-in user's outbox key, 32 bytes in base64 (44 characters),
 * and whose it is (the app checks it is the user it asked for). A key, not a session: the app
 * imports it as a non-extractable AES-GCM key held only in memory, and encrypts what it keeps
 * in IndexedDB with it. */
export const outboxKeySchema = z.object({
  userId: text(),
  key: text().check(z.regex(/^[A-Za-z0-9+/]{43}=$/, 'A 32-byte key in base64')),
});
