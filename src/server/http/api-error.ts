import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import {
  ERROR_STATUS,
  type ErrorBody,
  type ErrorCode,
  type SessionEnded,
} from '../../api/schemas/error';
import { Refusal } from '../../domain/commands/command';

/** An answer the API gives on purpose: a status and the one error body of the contract. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
    readonly current?: unknown,
    /** On a 401 for a session that has ended: why. */
    readonly sessionEnded?: SessionEnded,
  ) {
    super(message);
  }
}

/** What a resolver returns to refuse while keeping what it wrote (a failed sign-in's count
 * and audit entry): the transaction commits, then the error is the answer. Thrown errors
 * roll everything back. */
export class CommitThenRefuse {
  constructor(readonly error: ApiError) {}
}

export interface Answer {
  status: number;
  body: unknown;
}

// Refusals the HTTP layer makes itself. The contract's codes have none for these statuses
// yet, so each uses the nearest one; the status is what tells them apart.
export const PROBLEMS = {
  badPath: () => new ApiError(400, 'validation_failed', 'The address is not valid.'),
  badHost: () =>
    new ApiError(400, 'validation_failed', 'This server does not answer for that host name.'),
  badJson: () => new ApiError(400, 'validation_failed', 'The request body was not valid JSON.'),
  notFound: () => new ApiError(404, 'not_found', 'There is nothing at this address.'),
  methodNotAllowed: () =>
    new ApiError(405, 'not_found', 'This address does not accept that method.'),
  crossOrigin: () => new ApiError(403, 'forbidden', 'Requests from this origin are refused.'),
  tooLarge: () => new ApiError(413, 'validation_failed', 'The request body is larger than 1 MB.'),
  notJson: () =>
    new ApiError(415, 'validation_failed', 'Send the request body as application/json.'),
  badKey: () =>
    new ApiError(400, 'validation_failed', 'An Idempotency-Key has 1 to 200 characters.'),
  keyReused: () =>
    new ApiError(
      422,
      'conflict',
      'This Idempotency-Key was already used with a different request body.',
    ),
} as const;

const BY_STATUS: Record<number, ErrorCode> = {
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
};

export function errorBody(error: ApiError | Refusal): ErrorBody {
  return {
    error: {
      code: error.code,
      message: error.message,
      ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}),
      ...(error.current !== undefined ? { current: error.current } : {}),
      ...('sessionEnded' in error && error.sessionEnded
        ? { sessionEnded: error.sessionEnded }
        : {}),
    },
  };
}

/** The answer for an error a client caused, or null for one the server caused (a 500). */
export function clientErrorAnswer(error: unknown): Answer | null {
  if (error instanceof ApiError && error.status < 500)
    return { status: error.status, body: errorBody(error) };
  if (error instanceof Refusal) return { status: ERROR_STATUS[error.code], body: errorBody(error) };
  if (error instanceof HTTPException && error.status < 500) {
    const code = BY_STATUS[error.status] ?? 'validation_failed';
    return {
      status: error.status,
      body: { error: { code, message: error.message || 'Bad request.' } },
    };
  }
  return null;
}

/** Sends an answer (a handler's, a stored idempotent one, an error's) as JSON. */
export function sendAnswer(c: Context, answer: Answer): Response {
  return c.json(answer.body ?? null, answer.status as ContentfulStatusCode);
}

export const SERVER_ERROR: Answer = {
  status: 500,
  body: { error: { code: 'server_error', message: 'The server had a problem.' } },
};
