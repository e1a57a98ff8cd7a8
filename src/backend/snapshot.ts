import type { AttendanceRecord } from '../api/schemas/attendance';
import type { AuditEvent } from '../api/schemas/audit';
import type { Cohort, Session } from '../api/schemas/cohorts';
import type { ContactAttempt } from '../api/schemas/contacts';
import type { MeasureSet } from '../api/schemas/measures';
import type { SafetyAlert } from '../api/schemas/alerts';
import type { Enrolment, Participant } from '../api/schemas/participants';
import type { Offer, Referral, Vacancy } from '../api/schemas/referrals';
import type { ServiceSettings } from '../api/schemas/settings';
import type { StaffAccount } from '../api/schemas/staff-accounts';
import type { FlagContact, FlagReview } from '../domain/commands/command';

/** Every record the API's views and the domain commands read, as arrays: the mock holds them
 * in memory, the server reads them from its tables (src/server/db/records.ts). */
export interface Snapshot {
  /** Every account, deactivated ones too (never a password or its hash). */
  staff: StaffAccount[];
  cohorts: Cohort[];
  sessions: Session[];
  participants: Participant[];
  enrolments: Enrolment[];
  attendance: AttendanceRecord[];
  referrals: Referral[];
  vacancies: Vacancy[];
  offers: Offer[];
  flagReviews: FlagReview[];
  flagContacts: FlagContact[];
  /** Attempts to reach people on the list: those of the referrals read (read-needs.ts). */
  contactAttempts: ContactAttempt[];
  /** Outcome measures: one answer set per person per session. */
  measures: MeasureSet[];
  /** Safety alerts (PHQ-9 item 9 above 0), open and reviewed. */
  alerts: SafetyAlert[];
  settings: ServiceSettings;
  /** Audit entries about referrals and vacancies (when each left the list or was filled):
   * the dashboard's waiting and refill times. The whole trail is read by GET /audit alone. */
  audit: AuditEvent[];
}
