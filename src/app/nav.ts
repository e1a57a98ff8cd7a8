import type { Role } from '../api/schemas/staff';

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
    | '/audit';
  roles: readonly Role[];
}

/** The pages each role may use. Pages other issues add join this list when they exist. */
export const NAV_ITEMS: NavItem[] = [
  { label: 'Dashboard', to: '/dashboard', roles: ['facilitator', 'admin', 'manager'] },
  { label: 'Registers', to: '/registers', roles: ['facilitator', 'admin'] },
  { label: 'Cohorts', to: '/cohorts', roles: ['facilitator', 'admin', 'manager'] },
  { label: 'Absence flags', to: '/flags', roles: ['facilitator', 'admin', 'manager'] },
  { label: 'Waiting list', to: '/waiting-list', roles: ['admin', 'manager'] },
  { label: 'Vacancies', to: '/vacancies', roles: ['admin', 'manager'] },
  { label: 'Audit trail', to: '/audit', roles: ['admin', 'manager'] },
  { label: 'Settings', to: '/settings', roles: ['admin', 'manager'] },
];

export function navFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => item.roles.includes(role));
}
