import { callApi } from '../../../api/client';
import { sessionEndpoints } from '../../../api/endpoints/sessions';

/** A user's outbox key, as the encrypted store asks for it. */
export type OutboxKeySource = (userId: string) => Promise<CryptoKey>;

/** The key as a WebCrypto AES-GCM key that cannot be exported: script on the page can use it
 * while the page lives, but never read its bytes back out, and it is never stored. */
export async function importOutboxKey(base64: string): Promise<CryptoKey> {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  try {
    return await globalThis.crypto.subtle.importKey('raw', bytes, 'AES-GCM', false, [
      'encrypt',
      'decrypt',
    ]);
  } finally {
    bytes.fill(0);
  }
}

/** The signed-in user's key from the server (GET /auth/outbox-key; a session is needed). The
 * answer names its user: a key for anyone but the one asked for (the session changed hands
 * meanwhile) is refused, so no entry is ever written under another user's key. */
export const serverOutboxKey: OutboxKeySource = async (userId) => {
  const { key, userId: owner } = await callApi(sessionEndpoints, 'GET /auth/outbox-key');
  if (owner !== userId) throw new Error('The outbox key is for another user.');
  return importOutboxKey(key);
};
