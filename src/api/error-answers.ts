import type { z } from 'zod/mini';
import type { EndpointContract } from './endpoint-contract';
import { ERROR_STATUS, type ErrorCode } from './schemas/error';

// Every error an endpoint can answer, by status, from its one description (ENDPOINTS): what
// the description already implies (a body can be invalid, a session can be missing, an
// If-Match can be stale) and the refusals it names (`refuses`: the domain's 409 and 422
// codes). Each answers the one error body (./schemas/error.ts) with a code from its list, and
// a `current` only where `errors` declares one, in that schema. The OpenAPI file is written
// from this table and the tests check every answer against it: a status an endpoint does not
// declare fails a test.

export interface ErrorAnswer {
  codes: ErrorCode[];
  /** The schema of the `current` this status carries (a 412's record), if it carries one. */
  current?: z.ZodMiniType;
}

export type ErrorAnswers = ReadonlyMap<number, ErrorAnswer>;

/** The refusals the server's own HTTP layer makes, before or around any endpoint's rule. */
function impliedCodes(key: string, contract: EndpointContract): ErrorCode[] {
  const write = !key.startsWith('GET ');
  const signedIn = contract.action !== 'public';
  const codes: ErrorCode[] = [
    // A malformed path or host, a body or query its schema refuses, a bad Idempotency-Key.
    'validation_failed',
    'server_error',
  ];
  // No session; or, on a public endpoint taking credentials, credentials that match no account.
  if (signedIn || contract.request) codes.push('unauthenticated');
  // A role without the action, a cohort not theirs; a write from another origin.
  if (signedIn || write) codes.push('forbidden');
  if (key.includes('/:')) codes.push('not_found');
  // A write whose records are not in a state that allows it, or that lost a race to another
  // write on a unique rule (the database's constraint answers as the rule would).
  if (write && signedIn && !contract.safe) codes.push('invalid_state', 'conflict');
  if (contract.ifMatch) codes.push('precondition_required', 'stale_version');
  // Sign-in and choosing a password count failures and stop the guessing.
  if (!signedIn && contract.request) codes.push('too_many_attempts');
  return codes;
}

/** Writes the server may replay for an Idempotency-Key: a key reused with another body is 422. */
const replayable = (key: string, contract: EndpointContract) =>
  !key.startsWith('GET ') && !contract.safe && !contract.noReplay && contract.action !== 'public';

/** Every error answer of an endpoint, by status. */
export function errorAnswers(key: string, contract: EndpointContract): ErrorAnswers {
  const answers = new Map<number, ErrorAnswer>();
  const add = (status: number, code: ErrorCode) => {
    const answer = answers.get(status) ?? { codes: [] };
    if (!answer.codes.includes(code)) answer.codes.push(code);
    answers.set(status, answer);
  };
  for (const code of [...impliedCodes(key, contract), ...(contract.refuses ?? [])])
    add(ERROR_STATUS[code], code);
  if (!key.startsWith('GET ')) {
    // A body too large (413) or not JSON (415): the nearest code, the status tells them apart.
    add(413, 'validation_failed');
    add(415, 'validation_failed');
  }
  if (replayable(key, contract)) add(422, 'conflict');
  for (const [status, schema] of Object.entries(contract.errors ?? {})) {
    const answer = answers.get(Number(status));
    if (!answer) throw new Error(`${key}: a \`current\` for ${status}, a status it never answers`);
    answer.current = schema;
  }
  return new Map([...answers].sort(([a], [b]) => a - b));
}
