import { z } from 'zod/mini';
import { text } from './common';
import { staffUserSchema } from './staff';

// Signing in and choosing a password: only the sign-in page needs these, so they stay out of
// the API core every page behind sign-in loads.

const PASSWORD_MAX = 200;

export const loginRequestSchema = z.object({
  email: z.email({ error: 'Enter an email address like name@nhs.net' }),
  password: text().check(
    z.minLength(1, { error: 'Enter your password' }),
    z.maxLength(PASSWORD_MAX, { error: `A password is at most ${PASSWORD_MAX} characters` }),
  ),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

/** The server sets an httpOnly session cookie and sends no token; the mock's token is its
 * bearer token. */
export const signedInSchema = z.object({
  user: staffUserSchema,
  token: z.optional(text().check(z.minLength(16))),
});
/** The right temporary password: no session yet, a new password must be chosen first. */
export const passwordChangeRequiredSchema = z.object({ passwordChangeRequired: z.literal(true) });
export const loginResponseSchema = z.union([signedInSchema, passwordChangeRequiredSchema]);
export type LoginResponse = z.infer<typeof loginResponseSchema>;

export const PASSWORD_MIN = 12;

/** A password someone chooses: long enough to resist guessing. The server also refuses the
 * commonest passwords and those built on the person's name or email (src/domain/passwords.ts,
 * a list kept out of the browser). */
export const newPasswordSchema = text().check(
  z.minLength(PASSWORD_MIN, { error: `Use at least ${PASSWORD_MIN} characters` }),
  z.maxLength(PASSWORD_MAX, { error: `Use at most ${PASSWORD_MAX} characters` }),
);

/** POST /auth/password: the password given (a temporary one) and the one chosen instead. */
export const changePasswordRequestSchema = z.extend(loginRequestSchema, {
  newPassword: newPasswordSchema,
});
export type ChangePasswordRequest = z.infer<typeof changePasswordRequestSchema>;
