import { z } from 'zod/mini';
import { ROLES, type Role } from '../../domain/policy';
import { idSchema } from './common';

export const roleSchema = z.enum(ROLES);
export type { Role };

export const disciplineSchema = z.enum(['psychology', 'physiotherapy']);
export type Discipline = z.infer<typeof disciplineSchema>;

export const staffUserSchema = z.object({
  id: idSchema,
  name: z.string(),
  email: z.email(),
  role: roleSchema,
  discipline: z.nullable(disciplineSchema),
});
export type StaffUser = z.infer<typeof staffUserSchema>;

/** Who is who, for every signed-in role: enough to name who marked a register or made a
 * change, and no more (no email, nothing about the account). */
export const directoryEntrySchema = z.object({
  id: idSchema,
  name: z.string(),
  role: roleSchema,
  discipline: z.nullable(disciplineSchema),
});
export type DirectoryEntry = z.infer<typeof directoryEntrySchema>;
export const staffDirectorySchema = z.object({ items: z.array(directoryEntrySchema) });

const PASSWORD_MAX = 200;
export const PASSWORD_MIN = 12;

export const loginRequestSchema = z.object({
  email: z.email({ error: 'Enter an email address like name@nhs.net' }),
  password: z
    .string()
    .check(
      z.minLength(1, { error: 'Enter your password' }),
      z.maxLength(PASSWORD_MAX, { error: `A password is at most ${PASSWORD_MAX} characters` }),
    ),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

/** A password someone chooses: long enough to resist guessing. The server also refuses the
 * commonest passwords (a list kept out of the browser). */
export const newPasswordSchema = z
  .string()
  .check(
    z.minLength(PASSWORD_MIN, { error: `Use at least ${PASSWORD_MIN} characters` }),
    z.maxLength(PASSWORD_MAX, { error: `Use at most ${PASSWORD_MAX} characters` }),
  );

/** POST /auth/password: the password given (a temporary one) and the one chosen instead. */
export const changePasswordRequestSchema = z.extend(loginRequestSchema, {
  newPassword: newPasswordSchema,
});
export type ChangePasswordRequest = z.infer<typeof changePasswordRequestSchema>;

export const signedInSchema = z.object({
  user: staffUserSchema,
  token: z.string().check(z.minLength(16)),
});
/** The right temporary password: no session yet, a new password must be chosen first. */
export const passwordChangeRequiredSchema = z.object({ passwordChangeRequired: z.literal(true) });
export const loginResponseSchema = z.union([signedInSchema, passwordChangeRequiredSchema]);
export type LoginResponse = z.infer<typeof loginResponseSchema>;

export const meResponseSchema = z.object({ user: staffUserSchema });

export function roleLabel(user: Pick<StaffUser, 'role' | 'discipline'>): string {
  if (user.role === 'facilitator') return `${user.discipline ?? 'course'} facilitator`;
  return user.role === 'admin' ? 'service admin' : 'service manager';
}
