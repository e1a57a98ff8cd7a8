import { COMMON_LONG_PASSWORDS, COMMON_WORDS } from './common-passwords';

// What makes a chosen password too easy to guess, beyond its length (newPasswordSchema
// checks 12 to 200 characters). Run by the server and the mock when a password is chosen;
// the list stays out of the browser's pages.

const COMMON = new Set(COMMON_LONG_PASSWORDS);
const WORDS = new Set(COMMON_WORDS);

/** Long runs of one character, or of a keyboard or counting sequence, hide nothing. */
function isRepetitive(text: string): boolean {
  if (new Set(text).size <= 3) return true;
  let steps = 0;
  for (let i = 1; i < text.length; i += 1) {
    const diff = text.charCodeAt(i) - text.charCodeAt(i - 1);
    if (Math.abs(diff) === 1) steps += 1;
  }
  return steps >= text.length - 2;
}

/** Why this password would be refused, or null when it is fine. `email` and `name` are the
 * account's own: a password built on them is guessable by anyone who knows the person. */
export function passwordProblem(
  password: string,
  account: { email?: string; name?: string } = {},
): string | null {
  const lower = password.toLowerCase();
  const core = lower.replace(/^[^a-z]+|[^a-z]+$/g, '');
  if (COMMON.has(lower) || WORDS.has(core) || isRepetitive(lower)) {
    return 'This password is too common: choose one that is harder to guess';
  }
  const own = [
    account.email?.split('@')[0],
    ...(account.name?.toLowerCase().split(/\s+/) ?? []),
  ].filter((part): part is string => !!part && part.length >= 4);
  if (own.some((part) => lower.includes(part.toLowerCase()))) {
    return 'Do not build the password on your name or email address';
  }
  return null;
}
