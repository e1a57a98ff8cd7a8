/** The database's own error under Drizzle's wrapper. Drizzle wraps a failed query in an error
 * whose message holds the SQL and its parameters (patient data, never to be logged or sent);
 * the driver's error underneath carries the SQLSTATE and the constraint, which is what a
 * handler maps to a refusal code (a unique violation on a constraint -> 'already_enrolled'). */
export interface PgErrorInfo {
  code: string;
  constraint?: string;
  table?: string;
  /** PostgreSQL's message, without the query; its `detail` (row values) is left out. */
  message: string;
}

export const SQLSTATE = {
  uniqueViolation: '23505',
  foreignKeyViolation: '23503',
  checkViolation: '23514',
  exclusionViolation: '23P01',
  serializationFailure: '40001',
  deadlockDetected: '40P01',
  insufficientPrivilege: '42501',
} as const;

export function pgError(error: unknown): PgErrorInfo | null {
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, constraint, table, message } = e as Record<string, unknown>;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code))
      return {
        code,
        message: String(message),
        ...(typeof constraint === 'string' ? { constraint } : {}),
        ...(typeof table === 'string' ? { table } : {}),
      };
  }
  return null;
}

export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const info = pgError(error);
  return (
    info?.code === SQLSTATE.uniqueViolation &&
    (constraint === undefined || info.constraint === constraint)
  );
}
