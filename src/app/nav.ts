import type { Role } from '../api/schemas/staff';

export interface NavItem {
  label: string;
  to: '/cohorts' | '/registers';
  roles: readonly Role[];
}

/** The pages each role may use. Pages other issues add join this list when they exist. */
export const NAV_ITEMS: NavItem[] = [
  { label: 'Registers', to: '/registers', roles: ['facilitator', 'admin'] },
  { label: 'Cohorts', to: '/cohorts', roles: ['facilitator', 'admin', 'manager'] },
];

export function navFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => item.roles.includes(role));
}
