import { can, type Role } from './policy';

// Rules about staff accounts that hold whatever the backend (src/domain/commands/staff.ts runs
// them on writes; the schemas and the forms use them too).

/** Whoever may facilitate a cohort needs a discipline: a cohort needs one of each. */
export function needsDiscipline(role: Role): boolean {
  return can(role, 'cohort.facilitate');
}

/** Whoever may manage staff accounts: the service must always keep one who is active. */
export function managesStaff(role: Role): boolean {
  return can(role, 'staff.manage');
}
