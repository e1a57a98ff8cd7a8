import { z } from 'zod/mini';
import { ROLES, type Role } from '../../domain/policy';
import { idSchema, text } from './common';

export const roleSchema = z.enum(ROLES);
export type { Role };

export const disciplineSchema = z.enum(['psychology', 'physiotherapy']);
export type Discipline = z.infer<typeof disciplineSchema>;

/** Who is who, for every signed-in role: enough to name who marked a register or made a
 * change, and no more (no email, nothing about the account). */
export const directoryEntrySchema = z.object({
  id: idSchema,
  name: text(),
  role: roleSchema,
  discipline: z.nullable(disciplineSchema),
});
export type DirectoryEntry = z.infer<typeof directoryEntrySchema>;
export const staffDirectorySchema = z.object({ items: z.array(directoryEntrySchema) });

/** The signed-in user. */
export const staffUserSchema = z.extend(directoryEntrySchema, { email: z.email() });
export type StaffUser = z.infer<typeof staffUserSchema>;

export const meResponseSchema = z.object({ user: staffUserSchema });

export function roleLabel(user: Pick<StaffUser, 'role' | 'discipline'>): string {
  if (user.role === 'facilitator') return `${user.discipline ?? 'course'} facilitator`;
  return user.role === 'admin' ? 'service admin' : 'service manager';
}
