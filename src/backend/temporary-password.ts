// A one-time password an admin hands to a member of staff: 16 characters from an alphabet
// without look-alikes (no 0/o, 1/l/i), in groups of four to read out or type. About 80 bits
// from the platform's cryptographic generator (Node and browsers alike).
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

export function temporaryPassword(): string {
  const chars: string[] = [];
  // Rejection sampling keeps every character equally likely.
  const limit = 256 - (256 % ALPHABET.length);
  while (chars.length < 16) {
    for (const byte of globalThis.crypto.getRandomValues(new Uint8Array(32))) {
      if (byte < limit && chars.length < 16) chars.push(ALPHABET[byte % ALPHABET.length]!);
    }
  }
  return chars.join('').replace(/(.{4})(?=.)/g, '$1-');
}
