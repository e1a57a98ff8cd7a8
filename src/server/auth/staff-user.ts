import type { StaffUser } from '../../api/schemas/staff';
import type { staffAccounts } from '../db/domain-tables';

/** A staff account as the API shows it: what the contract's StaffUser has and nothing else
 * (never a password hash, never the single sign-on identity it is bound to). */
export function staffUserOf(row: typeof staffAccounts.$inferSelect): StaffUser {
  const { id, name, email, role, discipline } = row;
  return { id, name, email, role, discipline };
}
