import type { z } from 'zod/mini';
import type { EndpointContract } from '../src/api/endpoint-contract';
import { ENDPOINT_KEYS, ENDPOINTS } from '../src/api/endpoints';
import { errorAnswers, type ErrorAnswer } from '../src/api/error-answers';

type Json = Record<string, unknown>;
type ToJson = (schema: z.ZodMiniType, io: 'input' | 'output') => Json;

// The error answers of each operation, by status, from the table every test checks answers
// against (src/api/error-answers.ts): the one error body narrowed to the codes the status
// declares, and where a `current` is declared (a 412's record), a reference to that record's
// schema, written once under components.schemas.

const WHAT: Record<number, string> = {
  400: 'The body, query, path or an Idempotency-Key is invalid: `error.fieldErrors` maps dotted field paths to messages.',
  401: 'No live session; on sign-in, credentials that match no active account (one answer for every way they can be wrong). Failures there are counted and audited.',
  403: 'The role may not call this endpoint, a facilitator asked for a cohort they do not facilitate, or a write came from another origin.',
  404: 'No such record.',
  409: 'The request is valid but the records do not allow it now: `error.code` says which rule.',
  412: 'If-Match names an old version: `error.current` is the record as the server holds it now.',
  413: 'The request body is larger than 1 MB.',
  415: 'The request body is not application/json.',
  422: 'Refused by the records (an Idempotency-Key reused with another body; see `error.code`).',
  428: 'If-Match is missing.',
  429: 'Too many failed attempts for this email or from this address within the window (the server only; limits are its configuration). Refused before any password is checked.',
  500: 'The server had a problem; nothing the request asked for is half done.',
};

const RETRY_AFTER = {
  'Retry-After': {
    description: 'Seconds until the oldest counted failure leaves the window.',
    schema: { type: 'integer', minimum: 1 },
  },
};

const operationName = (key: string) =>
  key
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');

/** Each declared `current` schema once, named after the first endpoint and status declaring it
 * (ENDPOINTS' order), so endpoints sharing a record share its reference. */
function recordNames(): Map<z.ZodMiniType, string> {
  const names = new Map<z.ZodMiniType, string>();
  for (const key of ENDPOINT_KEYS)
    for (const [status, answer] of errorAnswers(key, ENDPOINTS[key] as EndpointContract))
      if (answer.current && !names.has(answer.current))
        names.set(answer.current, `${operationName(key)}${status}Current`);
  return names;
}

const NAMES = recordNames();

/** components.schemas entries for every record a `current` carries. */
export function recordSchemas(toJson: ToJson): Json {
  return Object.fromEntries([...NAMES].map(([schema, name]) => [name, toJson(schema, 'output')]));
}

function body(answer: ErrorAnswer): Json {
  const current = answer.current
    ? { current: { $ref: `#/components/schemas/${NAMES.get(answer.current)}` } }
    : {};
  return {
    allOf: [
      { $ref: '#/components/schemas/Error' },
      {
        type: 'object',
        properties: {
          error: {
            type: 'object',
            properties: { code: { type: 'string', enum: answer.codes }, ...current },
          },
        },
      },
    ],
  };
}

function response(status: number, answer: ErrorAnswer): Json {
  return {
    description: WHAT[status] ?? 'Refused.',
    ...(status === 429 ? { headers: RETRY_AFTER } : {}),
    content: { 'application/json': { schema: body(answer) } },
  };
}

/** One components.responses name per distinct answer: its status, codes and record. */
const responseName = (status: number, answer: ErrorAnswer) =>
  [status, ...answer.codes, ...(answer.current ? [NAMES.get(answer.current)] : [])].join('-');

/** components.responses: every distinct error answer, written once. */
export function errorResponseComponents(): Json {
  const all: Json = {};
  for (const key of ENDPOINT_KEYS)
    for (const [status, answer] of errorAnswers(key, ENDPOINTS[key] as EndpointContract))
      all[responseName(status, answer)] ??= response(status, answer);
  return Object.fromEntries(Object.entries(all).sort(([a], [b]) => a.localeCompare(b)));
}

/** The responses entries of an operation's errors, status by status, each a reference. */
export function errorResponses(key: string, contract: EndpointContract): Json {
  return Object.fromEntries(
    [...errorAnswers(key, contract)].map(([status, answer]) => [
      String(status),
      { $ref: `#/components/responses/${responseName(status, answer)}` },
    ]),
  );
}
