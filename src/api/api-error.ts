import type { ErrorCode, SessionEnded } from './schemas/error';

export type ClientErrorCode = ErrorCode | 'offline' | 'bad_response';

/** Every failed request surfaces as this: the UI reads `status`, `code` and `fieldErrors`. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ClientErrorCode;
  readonly fieldErrors: Record<string, string[]>;
  readonly current: unknown;
  /** On a 401 for a session that has ended: why (the sign-in page says so). */
  readonly sessionEnded: SessionEnded | undefined;
  /** The endpoint that answered ("PATCH /cohorts/:id"), once callApi has read a `current` the
   * endpoint declares for this status with its schema (./declared-errors.ts). */
  endpoint: string | undefined;

  constructor(
    status: number,
    code: ClientErrorCode,
    message: string,
    fieldErrors: Record<string, string[]> = {},
    current?: unknown,
    sessionEnded?: SessionEnded,
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fieldErrors = fieldErrors;
    this.current = current;
    this.sessionEnded = sessionEnded;
    this.endpoint = undefined;
  }

  /** The same error from an endpoint, with `current` as its declared schema reads it. */
  fromEndpoint(endpoint: string, current: unknown): ApiError {
    const error = new ApiError(
      this.status,
      this.code,
      this.message,
      this.fieldErrors,
      current,
      this.sessionEnded,
    );
    error.endpoint = endpoint;
    return error;
  }

  get isOffline(): boolean {
    return this.code === 'offline';
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

/** A sentence a tired user can act on, whatever went wrong. */
export function describeError(e: unknown): string {
  if (!isApiError(e)) return 'Something went wrong. Try again.';
  if (e.isOffline) return 'You appear to be offline. Check the connection and try again.';
  if (e.status >= 500) return 'The server had a problem. Try again in a moment.';
  return e.message;
}
