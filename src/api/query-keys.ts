import type { AuditFilter } from './schemas/audit-filter';
import type { DashboardFilters } from './schemas/dashboard';

// Every query key, general to specific, in one module: a feature invalidates another's data by
// these keys, never by a string of its own. Keys hold opaque ids only: a name or NHS number
// never becomes part of a key, a URL or a log line.
export const queryKeys = {
  cohorts: {
    all: ['cohorts'] as const,
    list: () => [...queryKeys.cohorts.all, 'list'] as const,
    detail: (id: string) => [...queryKeys.cohorts.all, 'detail', id] as const,
    roster: (id: string) => [...queryKeys.cohorts.all, 'roster', id] as const,
    transferOptions: (enrolmentId: string) =>
      [...queryKeys.cohorts.all, 'transfer-options', enrolmentId] as const,
    waitingCandidates: (id: string) =>
      [...queryKeys.cohorts.all, 'waiting-candidates', id] as const,
    reminders: (id: string) => [...queryKeys.cohorts.all, 'reminders', id] as const,
  },
  participants: {
    search: (q: string) => ['participants', 'search', q] as const,
  },
  staff: {
    all: ['staff'] as const,
    list: () => [...queryKeys.staff.all, 'list'] as const,
    accounts: () => [...queryKeys.staff.all, 'accounts'] as const,
  },
  registers: {
    all: ['registers'] as const,
    list: () => [...queryKeys.registers.all, 'list'] as const,
    detail: (sessionId: string) => [...queryKeys.registers.all, 'detail', sessionId] as const,
    marks: (sessionId: string) => [...queryKeys.registers.all, 'mark', sessionId] as const,
    export: (cohortId: string) => [...queryKeys.registers.all, 'export', cohortId] as const,
  },
  flags: { all: ['flags'] as const, list: () => [...queryKeys.flags.all, 'list'] as const },
  alerts: { all: ['alerts'] as const, list: () => [...queryKeys.alerts.all, 'list'] as const },
  outcomes: {
    all: ['outcomes'] as const,
    cohort: (id: string) => [...queryKeys.outcomes.all, 'cohort', id] as const,
  },
  settings: { all: ['settings'] as const },
  audit: {
    all: ['audit'] as const,
    list: (filter: AuditFilter) => [...queryKeys.audit.all, 'list', filter] as const,
    /** Who has been shown one person's records (the access log). */
    access: (participantId: string) => [...queryKeys.audit.all, 'access', participantId] as const,
    /** Who last saved a record, at a version (a cohort's edit conflict names the colleague). */
    lastSave: (recordId: string, version: number) =>
      [...queryKeys.audit.all, 'last-save', recordId, version] as const,
  },
  dashboard: {
    all: ['dashboard'] as const,
    summary: (filters: DashboardFilters) =>
      [...queryKeys.dashboard.all, 'summary', filters] as const,
    cohort: (id: string) => [...queryKeys.dashboard.all, 'cohort', id] as const,
  },
  referrals: {
    all: ['referrals'] as const,
    /** A page of the waiting list: the filters, an opaque number standing for the search text
     * (never the text itself), and the page's index. */
    page: (filters: object, searchId: number, index: number) =>
      [...queryKeys.referrals.all, 'page', filters, searchId, index] as const,
    detail: (id: string) => [...queryKeys.referrals.all, 'detail', id] as const,
  },
  vacancies: {
    all: ['vacancies'] as const,
    list: () => [...queryKeys.vacancies.all, 'list'] as const,
    detail: (id: string) => [...queryKeys.vacancies.all, 'detail', id] as const,
    search: (id: string, text: string, offset: number) =>
      [...queryKeys.vacancies.all, 'search', id, { text, offset }] as const,
  },
  demo: { accounts: () => ['demo', 'accounts'] as const },
};

/** What a kind of write changes, beyond its own record: invalidate all of it. */
export const AFFECTED_BY = {
  /** A cohort, its sessions or its schedule. */
  cohort: [queryKeys.cohorts.all, queryKeys.registers.all, queryKeys.dashboard.all],
  /** A place taken, freed or moved (enrol, withdraw, transfer, a flag acted on): the place may
   * open a vacancy, take someone off the waiting list, and change flags and the figures. */
  place: [
    queryKeys.cohorts.all,
    queryKeys.registers.all,
    queryKeys.flags.all,
    queryKeys.vacancies.all,
    queryKeys.referrals.all,
    queryKeys.dashboard.all,
  ],
  /** A mark or a notice of absence: absences feed rosters, flags and the figures. */
  attendance: [
    queryKeys.cohorts.all,
    queryKeys.registers.all,
    queryKeys.flags.all,
    queryKeys.dashboard.all,
  ],
  /** An offer made or answered. */
  offer: [
    queryKeys.vacancies.all,
    queryKeys.referrals.all,
    queryKeys.cohorts.all,
    queryKeys.dashboard.all,
  ],
  referral: [queryKeys.referrals.all, queryKeys.vacancies.all, queryKeys.dashboard.all],
  /** Measures entered or an alert reviewed: the register row, the alerts and the figures. */
  measures: [
    queryKeys.registers.all,
    queryKeys.alerts.all,
    queryKeys.outcomes.all,
    queryKeys.dashboard.all,
  ],
  /** An account added, changed or switched off: names in every list, who may facilitate. */
  staff: [queryKeys.staff.all, queryKeys.cohorts.all, queryKeys.audit.all],
  settings: [
    queryKeys.settings.all,
    queryKeys.flags.all,
    queryKeys.cohorts.all,
    queryKeys.registers.all,
    queryKeys.dashboard.all,
  ],
} as const;
