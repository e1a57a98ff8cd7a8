import { pino, type DestinationStream, type Logger } from 'pino';
import { maskNhsNumbersInText } from '../domain/nhs-number-text';
import { pgError } from './db/pg-error';

export type { Logger };

/** Structured JSON lines on stdout. What is logged is chosen field by field (request id,
 * method, route pattern, status, time): never a URL, a body, a header, a name or an NHS
 * number. `destination` lets tests read the lines. */
export function createLogger(options: { level?: string; destination?: DestinationStream } = {}) {
  return pino(
    { level: options.level ?? 'info', base: { service: 'cohort-register' } },
    options.destination,
  );
}

/** An error as it may be logged. Drizzle's query errors carry the SQL parameters in their
 * message and PostgreSQL's `detail` the row values, so only the database's own message (with
 * any NHS number masked), its code and constraint, and the stack frames are kept. */
export function errorForLog(error: unknown): Record<string, unknown> {
  const db = pgError(error);
  const err = error instanceof Error ? error : new Error(String(error));
  const frames = (err.stack ?? '')
    .split('\n')
    .filter((line) => line.startsWith('    at '))
    .slice(0, 12)
    .join('\n');
  return {
    type: err.name,
    message: maskNhsNumbersInText((db?.message ?? err.message).split('\n')[0] ?? '').slice(0, 300),
    ...(db ? { sqlState: db.code, constraint: db.constraint } : {}),
    stack: frames,
  };
}
