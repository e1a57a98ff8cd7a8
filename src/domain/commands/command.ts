import type { AttendanceRecord } from '../../api/schemas/attendance';
import type { ContactAttempt } from '../../api/schemas/contacts';
import type { MeasureSet } from '../../api/schemas/measures';
import type { SafetyAlert } from '../../api/schemas/alerts';
import type { Cohort, Session } from '../../api/schemas/cohorts';
import type { ErrorCode } from '../../api/schemas/error';
import type { Enrolment, Participant } from '../../api/schemas/participants';
import type { Offer, Referral, Vacancy } from '../../api/schemas/referrals';
import type { ServiceSettings } from '../../api/schemas/settings';
import type { AuditAction } from '../audit-actions';
import type { StaffAccount } from '../../api/schemas/staff-accounts';
import type { IsoDate } from '../dates';
import type { Role, Scope } from '../policy';

// A write command is a pure function: given the records it needs, the request and the context
// (who, when, how to name new records), it returns the changes to store, or refuses with a code,
// a message and field errors. The mock and the server both call the same commands and then
// store the changes in their own way, so a rule cannot differ between them. Commands collect
// their changes with a ChangeSet (./change-set.ts).
// (Record types come from the contract's schemas as type-only imports: nothing is loaded.)

export interface Actor {
  id: string;
  role: Role;
  /** The scope of the actor's grant for the endpoint's action ('own': their cohorts). */
  scope: Scope;
}

export interface CommandContext {
  actor: Actor;
  /** The moment of the write, ISO date-time. */
  now: string;
  today: IsoDate;
  newId: (prefix: string) => string;
}

/** Refusal codes a command may give; the HTTP layer maps each to its status. */
export type RefusalCode = Exclude<ErrorCode, 'unauthenticated' | 'server_error'>;

export class Refusal extends Error {
  constructor(
    readonly code: RefusalCode,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
    readonly current?: unknown,
  ) {
    super(message);
    this.name = 'Refusal';
  }
}

export function refuse(
  code: RefusalCode,
  message: string,
  fieldErrors?: Record<string, string[]>,
  current?: unknown,
): never {
  throw new Refusal(code, message, fieldErrors, current);
}

/** A record the command needs, or 404 naming what was looked for ("That cohort"). */
export function found<T>(record: T | undefined, what: string): T {
  return record ?? refuse('not_found', `${what} was not found.`);
}

/** The records a change can write: new ones are added, existing ones (same id) replaced. */
export interface Records {
  staff: StaffAccount;
  cohorts: Cohort;
  sessions: Session;
  participants: Participant;
  enrolments: Enrolment;
  attendance: AttendanceRecord;
  referrals: Referral;
  vacancies: Vacancy;
  offers: Offer;
  flagReviews: FlagReview;
  flagContacts: FlagContact;
  contactAttempts: ContactAttempt;
  measures: MeasureSet;
  alerts: SafetyAlert;
}

/** A documented decision to keep a breached participant (re-opens at the next absence). */
export interface FlagReview {
  id: string;
  enrolmentId: string;
  reason: string;
  at: string;
  byStaffId: string;
  absencesAtReview: number;
}

/** A record that staff contacted someone at risk before the next session. */
export interface FlagContact {
  id: string;
  enrolmentId: string;
  date: string;
  byStaffId: string;
  note: string;
}

export interface AuditDraft {
  /** Only an action with words in AUDIT_ACTION_WORDS can be written. */
  action: AuditAction;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

/** A password to store for an account (each backend keeps it its own way: the server only
 * as an argon2id hash). */
export interface CredentialChange {
  staffId: string;
  password: string;
  /** A temporary password: the first sign-in with it must choose a new one. */
  mustChange: boolean;
}

export interface Changes {
  put: { [T in keyof Records]?: Records[T][] };
  remove: { [T in keyof Records]?: string[] };
  settings?: ServiceSettings;
  credentials?: CredentialChange[];
  /** Accounts whose every session ends now, in the same transaction (a deactivation). */
  endSessionsOf?: string[];
  audit: AuditDraft[];
}

export interface Outcome<R> {
  changes: Changes;
  /** What the endpoint answers with, or what the caller needs to build it. */
  result: R;
}

/** If-Match: 412 with the current record when the version the user saw is not the latest. */
export function expectVersion(
  seen: number | null,
  current: { version: number } | null,
  view: unknown = current,
): void {
  if (seen === null) return;
  if (seen !== (current?.version ?? 0)) {
    refuse('stale_version', 'Someone else changed this since you opened it.', undefined, view);
  }
}
