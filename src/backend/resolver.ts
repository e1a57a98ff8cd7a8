import type { AuditEvent } from '../api/schemas/audit';
import type { AuditPage } from '../api/schemas/audit-query';
import type { AuditFilter } from '../api/schemas/audit-filter';
import type {
  AnswerOf,
  ParsedQueryOf,
  ParsedRequestOf,
  PathOf,
  PathParams,
} from '../api/endpoint-contract';
import type { EndpointKey, Endpoints } from '../api/endpoints';
import type { Participant } from '../api/schemas/participants';
import type { Referral } from '../api/schemas/referrals';
import type { StaffUser } from '../api/schemas/staff';
import type { WaitingListQuery } from '../api/schemas/waiting-list';
import type { CommandContext, Outcome } from '../domain/commands/command';
import type { AccessAction, AccessRecord } from '../domain/access-actions';
import type { Scope } from '../domain/policy';
import type { ReadNeeds } from './read-needs';
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
  /** The path's parameters, by the names its template gives (`/cohorts/:id` -> { id }). */
  params: PathParams<PathOf<K>>;
  /** The body, parsed with the endpoint's request schema. */
  body: ParsedRequestOf<Endpoints[K]>;
  /** The query string, parsed with the endpoint's query schema. */
  query: ParsedQueryOf<Endpoints[K]>;
  /** The If-Match version (the route answers 428 before a resolver runs without one). */
  version: number;
  requestId: string;
  /** The moment of the request: what "now" and "today" are for every rule it runs (an offer
   * past its expiry reads as expired). Each backend's clock; tests may set or move it with the
   * X-Test-Clock header under NODE_ENV=test (src/lib/clock.ts; mocks/test-clock.ts). */
  now: Date;
  /** The records as they stand now: the bounded ones whole, and of the waiting list what
   * `needs` names (read-needs.ts). */
  read(needs?: ReadNeeds): Promise<Snapshot>;
  /** Runs a domain command on the records `needs` names, in one transaction, and stores its
   * changes; a refusal stores nothing. */
  run<R>(command: Command<R>, needs?: ReadNeeds): Promise<R>;
  /** People by name or NHS number (the rule in src/domain/people-search.ts). */
  findPeople(q: string): Promise<Participant[]>;
  /** One page of the waiting list (the rule in src/domain/waiting-list.ts). */
  waitingList(
    query: WaitingListQuery,
  ): Promise<{ items: Referral[]; total: number; onList: number }>;
  /** The entries of the audit trail that match, newest first, one page of them, and how many
   * match in all. */
  auditTrail(filter: AuditFilter, page: AuditPage): Promise<{ items: AuditEvent[]; total: number }>;
  /** Puts what this answer shows on the record (the access log): who was shown which people.
   * Kept with the request and written once, in one insert, when the answer is ready; an
   * answer that fails writes none. */
  recordAccess(record: AccessRecord): void;
  /** One person's entries in the access log, newest first, one page, and how many in all. */
  accessLog(
    participantId: string,
    page: AuditPage,
  ): Promise<{ items: AccessLogRow[]; total: number }>;
}

/** One stored row of the access log, as a backend reads it. */
export interface AccessLogRow {
  id: string;
  at: string;
  actorId: string;
  actorRole: string;
  action: AccessAction;
  recordId: string | null;
  shown: number | null;
}

/** The one way an endpoint's behaviour is registered, on every backend: a resolver for K gets
 * the context with K's own params, body and query, and must answer what K's response schema
 * accepts (or Extra: the server's CommitThenRefuse). `Own` is what a backend adds to the
 * context (the server's transaction, the mock's raw request); tests/api/resolver-types.ts
 * proves the type refuses a wrong answer or a misspelt parameter. */
export type Resolver<K extends EndpointKey, Own = unknown, Extra = never> = (
  ctx: BackendContext<K> & Own,
) => Promise<AnswerOf<Endpoints[K]> | Extra>;

/** Resolvers for some endpoints, each typed by its own key. */
export type ResolversOf<Keys extends EndpointKey, Own = unknown, Extra = never> = {
  [K in Keys]: Resolver<K, Own, Extra>;
};

/** Endpoints whose behaviour depends on where sessions and demo data live: each backend
 * answers them itself. */
export type BackendSpecificKey =
  | 'POST /auth/login'
  | 'POST /auth/password'
  | 'GET /auth/me'
  | 'POST /auth/logout'
  | 'GET /auth/options'
  | 'POST /auth/logout-everywhere'
  | 'GET /auth/outbox-key'
  | 'POST /demo/reset'
  | 'POST /demo/seed-waiting-list';

export type SharedKey = Exclude<EndpointKey, BackendSpecificKey>;
export type SharedResolvers = ResolversOf<SharedKey>;
