import { HttpResponse } from 'msw';
import type { z } from 'zod/mini';
import { UNSTORABLE_MESSAGE, unstorablePaths } from '../src/api/schemas/common';
import { ERROR_STATUS, type ErrorCode, type SessionEnded } from '../src/api/schemas/error';
import type { Refusal } from '../src/domain/commands/command';
// The API's fieldErrors carry zod's English messages for checks without one of their own.
import '../src/lib/zod-english';

/** Thrown anywhere in a handler; turned into the API's one error body. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
    readonly current?: unknown,
    readonly sessionEnded?: SessionEnded,
  ) {
    super(message);
  }
}

export function errorBody(e: HttpError) {
  const { code, message, fieldErrors, current, sessionEnded } = e;
  return { error: { code, message, fieldErrors, current, sessionEnded } };
}

export function errorResponse(e: HttpError) {
  return HttpResponse.json(errorBody(e), {
    status: e.status,
    headers: { 'Cache-Control': 'no-store' },
  });
}

/** A domain command's refusal, with the status the API gives its code. */
export function refusalError(e: Refusal): HttpError {
  return new HttpError(ERROR_STATUS[e.code], e.code, e.message, e.fieldErrors, e.current);
}

/** Validate with the shared contract schema; field errors keyed by dotted path. */
export function parse<S extends z.ZodMiniType>(schema: S, data: unknown): z.infer<S> {
  const result = schema.safeParse(data);
  // The server's backstop, with the same rule: a string no schema read cannot be stored either.
  const unstorable = result.success ? unstorablePaths(data) : [];
  if (result.success && unstorable.length === 0) return result.data;
  const fieldErrors: Record<string, string[]> = Object.fromEntries(
    unstorable.map((path) => [path, [UNSTORABLE_MESSAGE]]),
  );
  for (const issue of result.error?.issues ?? []) {
    const key = issue.path.map(String).join('.') || '_form';
    (fieldErrors[key] ??= []).push(issue.message);
  }
  throw new HttpError(400, 'validation_failed', 'Some details need correcting.', fieldErrors);
}

export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new HttpError(400, 'validation_failed', 'The request body was not valid JSON.');
  }
}

export function notFound(what: string): never {
  throw new HttpError(404, 'not_found', `${what} was not found.`);
}
