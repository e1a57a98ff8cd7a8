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

export const loginRequestSchema = z.object({
  email: z.email({ error: 'Enter an email address like name@nhs.net' }),
  password: z
    .string()
    .check(
      z.minLength(1, { error: 'Enter your password' }),
      z.maxLength(200, { error: 'A password is at most 200 characters' }),
    ),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

/** The server sets an httpOnly session cookie and sends no token; the mock's token is its
 * bearer token (issue 15). */
export const loginResponseSchema = z.object({
  user: staffUserSchema,
  token: z.optional(z.string().check(z.minLength(16))),
});
export const meResponseSchema = z.object({ user: staffUserSchema });
export const staffListSchema = z.object({ items: z.array(staffUserSchema) });

export function roleLabel(user: Pick<StaffUser, 'role' | 'discipline'>): string {
  if (user.role === 'facilitator') return `${user.discipline ?? 'course'} facilitator`;
  return user.role === 'admin' ? 'service admin' : 'service manager';
}
