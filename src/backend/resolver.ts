import type { AuditEvent } from '../api/schemas/audit';
import type { AuditFilter } from '../api/schemas/audit-view';
import type { ParsedQueryOf, ParsedRequestOf } from '../api/endpoint-contract';
import type { EndpointKey, Endpoints } from '../api/endpoints';
import type { StaffUser } from '../api/schemas/staff';
import type { CommandContext, Outcome } from '../domain/commands/command';
import type { Scope } from '../domain/policy';
import type { Snapshot } from './snapshot';

// What the API does, written once for every backend: one resolver per ENDPOINTS key reads
// records and runs domain commands through this context. The mock (MSW over an in-memory
// store) and the server (Hono over PostgreSQL) each provide the context: how a session is
// found, where records are read from, how a command's changes are stored in one transaction.

export type Command<R> = (records: Snapshot, cc: CommandContext) => Outcome<R>;

export interface BackendContext<K extends EndpointKey = EndpointKey> {
  user: StaffUser;
  /** How far the user's grant for the endpoint's action reaches ('own': their cohorts). */
  scope: Scope;
  params: Record<string, string>;
  /** The body, parsed with the endpoint's request schema. */
  body: ParsedRequestOf<Endpoints[K]>;
  /** The query string, parsed with the endpoint's query schema. */
  query: ParsedQueryOf<Endpoints[K]>;
  /** The If-Match version (the route answers 428 before a resolver runs without one). */
  version: number;
  requestId: string;
  /** The records as they stand now. */
  read(): Promise<Snapshot>;
  /** Runs a domain command in one transaction and stores its changes; a refusal stores nothing. */
  run<R>(command: Command<R>): Promise<R>;
  /** The newest `limit` entries of the audit trail that match, and how many match in all. */
  auditTrail(filter: AuditFilter, limit: number): Promise<{ items: AuditEvent[]; total: number }>;
}

export type Resolver<K extends EndpointKey> = (ctx: BackendContext<K>) => Promise<unknown>;

/** Endpoints whose behaviour depends on where sessions and demo data live: each backend
 * answers them itself. */
export type BackendSpecificKey =
  | 'POST /auth/login'
  | 'GET /auth/me'
  | 'POST /auth/logout'
  | 'POST /demo/reset'
  | 'POST /demo/seed-waiting-list';

export type SharedKey = Exclude<EndpointKey, BackendSpecificKey>;
export type SharedResolvers = { [K in SharedKey]: Resolver<K> };
