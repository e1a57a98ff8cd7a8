import type { Cohort, Session } from '../../api/schemas/cohorts';
import type { NewStaff, StaffAccount, UpdateStaff } from '../../api/schemas/staff-accounts';
import { facilitatorProblems } from '../facilitators';
import { managesStaff, needsDiscipline } from '../staff';
import { expectVersion, found, refuse, type CommandContext, type Outcome } from './command';
import { ChangeSet } from './change-set';
import type { AuditAction } from '../audit-actions';
import { cohortStatus } from './places';

// The staff list (docs/domain.md "Staff and sign-in"): admins add people, change roles and
// deactivate leavers at once. Every change is audited; a deactivation ends the person's
// sessions in the same transaction.

export interface StaffRecords {
  staff: readonly StaffAccount[];
}

const EMAIL_TAKEN = 'An account already uses this email address';

function expectEmailFree(staff: readonly StaffAccount[], email: string): void {
  const taken = staff.some((s) => s.email.toLowerCase() === email.toLowerCase());
  if (taken) refuse('conflict', `${EMAIL_TAKEN}.`, { email: [EMAIL_TAKEN] });
}

/** A discipline only for those who facilitate, and always for them. */
function disciplineFor(
  role: StaffAccount['role'],
  discipline: StaffAccount['discipline'],
): StaffAccount['discipline'] {
  if (!needsDiscipline(role)) return null;
  if (discipline === null) {
    refuse('validation_failed', 'Some details need correcting.', {
      discipline: ["Choose the facilitator's discipline"],
    });
  }
  return discipline;
}

/** POST /staff: a new account, active, with no password until an admin sets a temporary one. */
export function createStaff(
  r: StaffRecords,
  input: NewStaff,
  ctx: CommandContext,
): Outcome<StaffAccount> {
  expectEmailFree(r.staff, input.email);
  const cs = new ChangeSet();
  const account = cs.put('staff', {
    id: ctx.newId('stf'),
    name: input.name,
    email: input.email.toLowerCase(),
    role: input.role,
    discipline: disciplineFor(input.role, input.discipline),
    active: true,
    deactivationReason: null,
    version: 1,
  });
  cs.audit('staff.create', 'staff', account.id, null, account);
  return cs.done(account);
}

/** The service always keeps someone active who can manage staff accounts: the change is
 * refused when it would leave none. */
function expectAnotherManager(r: StaffRecords, before: StaffAccount, after: StaffAccount): void {
  const wasManaging = before.active && managesStaff(before.role);
  const stillManaging = after.active && managesStaff(after.role);
  if (!wasManaging || stillManaging) return;
  const others = r.staff.some((s) => s.id !== before.id && s.active && managesStaff(s.role));
  if (others) return;
  const message = `${before.name} is the last active admin: make someone else an admin first.`;
  refuse(
    'conflict',
    message,
    after.active ? { role: ['The last active admin must stay an admin'] } : undefined,
  );
}

function auditAction(before: StaffAccount, after: StaffAccount): AuditAction {
  if (before.active && !after.active) return 'staff.deactivate';
  if (!before.active && after.active) return 'staff.reactivate';
  return 'staff.update';
}

/** docs/domain.md: a cohort has 2 or 3 facilitators, at least one psychology and one physiotherapy,
 * as POST /cohorts checks. A new role or discipline that would break that for a cohort not yet
 * finished is refused, naming the cohorts: change their facilitators first. (A deactivation is
 * not: a leaver goes at once, and stays listed until someone is put in their place.) */
function expectCohortRulesKept(
  r: Pick<StaffChangeRecords, 'cohorts' | 'sessions' | 'staff'>,
  before: StaffAccount,
  next: StaffAccount,
  today: string,
): void {
  if (next.role === before.role && next.discipline === before.discipline) return;
  const staffAfter = r.staff.map((s) => (s.id === next.id ? next : s));
  const broken = r.cohorts
    .filter((c) => c.facilitatorIds.includes(next.id))
    .filter((c) => !['completed', 'cancelled'].includes(cohortStatus(c, r.sessions, today)))
    .filter((c) => facilitatorProblems(c.facilitatorIds, r.staff, c.facilitatorIds).length === 0)
    .map((c) => ({
      c,
      problems: facilitatorProblems(c.facilitatorIds, staffAfter, c.facilitatorIds),
    }))
    .filter(({ problems }) => problems.length > 0);
  if (broken.length === 0) return;
  const names = broken.map(({ c }) => c.name).join(', ');
  const why = broken[0]!.problems[0]!.toLowerCase();
  const message = `${before.name} facilitates ${names}; after this change ${broken.length === 1 ? 'it' : 'they'} would break the facilitator rules (${why}). Change the facilitators of ${broken.length === 1 ? 'that cohort' : 'those cohorts'} first.`;
  refuse('conflict', message, {
    [next.role === before.role ? 'discipline' : 'role']: [message],
  });
}

export interface StaffChangeRecords extends StaffRecords {
  cohorts: readonly Cohort[];
  sessions: readonly Session[];
}

/** PATCH /staff/:id, from the version the admin saw: name, role and discipline (never breaking
 * a cohort's facilitator rules), or deactivation with a reason (every session of theirs ends at
 * once), or reactivation. */
export function updateStaff(
  r: StaffChangeRecords,
  input: { staffId: string; version: number; changes: UpdateStaff },
  ctx: CommandContext,
): Outcome<StaffAccount> {
  const before = found(
    r.staff.find((s) => s.id === input.staffId),
    'That member of staff',
  );
  expectVersion(input.version, before);
  const { name, role, discipline, active, reason } = input.changes;
  const nextRole = role ?? before.role;
  const next: StaffAccount = {
    ...before,
    name: name ?? before.name,
    role: nextRole,
    discipline: disciplineFor(nextRole, discipline === undefined ? before.discipline : discipline),
  };
  if (active === false && before.active) {
    next.active = false;
    next.deactivationReason = reason ?? null;
  } else if (active === true && !before.active) {
    next.active = true;
    next.deactivationReason = null;
  }
  expectAnotherManager(r, before, next);
  expectCohortRulesKept(r, before, next, ctx.today);
  const unchanged = JSON.stringify(next) === JSON.stringify(before);
  const cs = new ChangeSet();
  if (unchanged) return cs.done(before);
  const saved = cs.put('staff', { ...next, version: before.version + 1 });
  if (before.active && !saved.active) cs.changes.endSessionsOf = [saved.id];
  cs.audit(auditAction(before, saved), 'staff', saved.id, before, saved);
  return cs.done(saved);
}

/** POST /staff/:id/temporary-password: a one-time password (made by the caller, shown once).
 * Their sessions end, and the first sign-in with it must choose a new one. The audit entry
 * records that it was set, never the password. */
export function setTemporaryPassword(
  r: StaffRecords,
  input: { staffId: string; password: string },
  _ctx: CommandContext,
): Outcome<StaffAccount> {
  const account = found(
    r.staff.find((s) => s.id === input.staffId),
    'That member of staff',
  );
  if (!account.active) {
    refuse('invalid_state', `${account.name} is deactivated: reactivate them first.`);
  }
  const cs = new ChangeSet();
  cs.changes.credentials = [{ staffId: account.id, password: input.password, mustChange: true }];
  cs.changes.endSessionsOf = [account.id];
  cs.audit('staff.temporary-password', 'staff', account.id, null, { mustChangePassword: true });
  return cs.done(account);
}
