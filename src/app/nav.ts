import type { Role } from '../api/schemas/staff';
import { can, type Action } from '../domain/policy';

export interface NavItem {
  label: string;
  to:
    | '/dashboard'
    | '/cohorts'
    | '/registers'
    | '/flags'
    | '/waiting-list'
    | '/vacancies'
    | '/settings'
    | '/staff'
    | '/audit';
  /** The policy action the page reads with; its route guard checks the same one. */
  action: Action;
}

/** The pages, each shown to the roles the policy table lets read it. */
export const NAV_ITEMS: NavItem[] = [
  { label: 'Dashboard', to: '/dashboard', action: 'dashboard.read' },
  { label: 'Registers', to: '/registers', action: 'register.read' },
  { label: 'Cohorts', to: '/cohorts', action: 'cohort.read' },
  { label: 'Absence flags', to: '/flags', action: 'flag.read' },
  { label: 'Waiting list', to: '/waiting-list', action: 'referral.read' },
  { label: 'Vacancies', to: '/vacancies', action: 'vacancy.read' },
  { label: 'Audit trail', to: '/audit', action: 'audit.read' },
  { label: 'Staff', to: '/staff', action: 'staff.read' },
  { label: 'Settings', to: '/settings', action: 'settings.read' },
];

export function navFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => can(role, item.action));
}
