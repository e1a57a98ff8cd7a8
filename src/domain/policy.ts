// Who may do what: the only table of it. The API (ENDPOINTS names one action per endpoint),
// the mock and the server (they enforce it), the UI (navigation, route guards, buttons) and the
// role tests all read it. Role names appear nowhere else outside schemas, the seed and tests.

export const ROLES = ['facilitator', 'admin', 'manager'] as const;
export type Role = (typeof ROLES)[number];

/** 'all': any record; 'own': only records of cohorts the user facilitates. */
export type Scope = 'all' | 'own';

type Grant = Partial<Record<Role, Scope>>;

const EVERYONE: Grant = { facilitator: 'all', admin: 'all', manager: 'all' };
const OWN_COHORTS: Grant = { facilitator: 'own', admin: 'all', manager: 'all' };
const ADMINS: Grant = { admin: 'all' };
const ADMINS_AND_MANAGERS: Grant = { admin: 'all', manager: 'all' };
const OWN_COHORT_STAFF: Grant = { facilitator: 'own', admin: 'all' };

export const POLICY = {
  /** Signed in at all: who am I, sign out. */
  'session.use': EVERYONE,
  /** Who is who (names, roles, disciplines), to show who marked a register or made a change. */
  'staff.directory': EVERYONE,
  /** The staff accounts page: emails, who is active, why someone was deactivated. */
  'staff.read': ADMINS_AND_MANAGERS,
  /** Add, change, deactivate and reactivate accounts; set a temporary password. */
  'staff.manage': ADMINS,
  'cohort.read': OWN_COHORTS,
  'cohort.manage': ADMINS,
  /** Who may be named as one of a cohort's 2 or 3 facilitators. */
  'cohort.facilitate': { facilitator: 'own' },
  'dashboard.read': OWN_COHORTS,
  /** Facilitators mark registers of their own cohorts; managers read them. */
  'register.read': OWN_COHORTS,
  'register.mark': OWN_COHORT_STAFF,
  'enrolment.agreement': OWN_COHORT_STAFF,
  'enrolment.cannotAttend': OWN_COHORT_STAFF,
  'enrolment.enrol': ADMINS,
  'enrolment.transfer': ADMINS,
  'enrolment.withdraw': ADMINS,
  /** A person's course contact log: missed material and group messages sent to them. */
  'enrolment.messages': OWN_COHORT_STAFF,
  'participant.search': ADMINS_AND_MANAGERS,
  'flag.read': OWN_COHORTS,
  'flag.contact': OWN_COHORT_STAFF,
  /** Keeping someone after a breach is an admin's decision, like transfer and withdrawal. */
  'flag.keep': ADMINS,
  /** Acting on a breach at all; the action the request names (flag.keep, enrolment.transfer,
   * enrolment.withdraw) is checked against this table as well. */
  'flag.resolve': ADMINS,
  /** Outcome measures are entered in the register by the cohort's own staff. */
  'measures.record': OWN_COHORT_STAFF,
  /** Sending a session's questionnaire link to the people placed on it. */
  'questionnaire.send': OWN_COHORT_STAFF,
  /** A cohort's outcome figures: like the dashboard, managers read every cohort's. */
  'outcomes.read': OWN_COHORTS,
  /** Who was reminded of a session and why not: the people who act on it (a missing mobile,
   * an opt-out), as for the register. */
  'reminders.read': OWN_COHORT_STAFF,
  /** Safety alerts go to those who can act on them the same day: the cohort's facilitators
   * and admins (docs/clinical-safety-hazard-log.md H1). */
  'alert.read': OWN_COHORT_STAFF,
  'alert.review': OWN_COHORT_STAFF,
  /** The NHS Talking Therapies data set, for reporting to NHS England. */
  'export.talkingTherapies': ADMINS_AND_MANAGERS,
  'settings.read': ADMINS_AND_MANAGERS,
  'settings.manage': ADMINS,
  'audit.read': ADMINS_AND_MANAGERS,
  'referral.read': ADMINS_AND_MANAGERS,
  'referral.manage': ADMINS,
  'vacancy.read': ADMINS_AND_MANAGERS,
  'offer.manage': ADMINS,
  'demo.manage': ADMINS,
} as const satisfies Record<string, Grant>;

export type Action = keyof typeof POLICY;

/** Decisions on a breach, each the policy action it is (POST /flags/:enrolmentId/resolve names
 * one in its body; the command checks it against this table). */
export const FLAG_DECISION_ACTION = {
  transfer: 'enrolment.transfer',
  keep: 'flag.keep',
  withdraw: 'enrolment.withdraw',
} as const satisfies Record<string, Action>;

/** The scope a role has for an action, or null when the role may not do it. */
export function scopeOf(role: Role, action: Action): Scope | null {
  return (POLICY[action] as Grant)[role] ?? null;
}

export function can(role: Role, action: Action): boolean {
  return scopeOf(role, action) !== null;
}

export function rolesFor(action: Action): Role[] {
  return ROLES.filter((role) => can(role, action));
}

/** Whether lists say "your cohorts": a facilitator sees only the cohorts they facilitate. */
export function seesOwnCohortsOnly(role: Role): boolean {
  return scopeOf(role, 'cohort.read') === 'own';
}

/** Where a role starts: those who take registers on their cohorts, those who only read on the
 * dashboard (managers start on the dashboard). */
export function homePathFor(role: Role): '/cohorts' | '/dashboard' {
  return can(role, 'register.mark') ? '/cohorts' : '/dashboard';
}
