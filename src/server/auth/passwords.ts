import argon2 from 'argon2';

// Local passwords (a fallback for small services and the demo): argon2id, the OWASP
// recommended settings (19 MiB, 2 passes, 1 lane).
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  if (!hash) return false;
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** Compared against when no account matches, so a wrong email costs the same time as a wrong
 * password and the answer says nothing about which accounts exist. */
let decoy: Promise<string> | null = null;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword('not-a-password-of-anyone');
  return decoy;
}
