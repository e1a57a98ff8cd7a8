import { callApi } from '../../../api/client';
import { signInEndpoints } from '../../../api/endpoints/sign-in';
import type { ChangePasswordRequest, LoginRequest } from '../../../api/schemas/sign-in';
import type { StaffUser } from '../../../api/schemas/staff';
import { beginSession } from './session';

// Signing in (the sign-in page only; the rest of the session's life is ./session.ts).

/** Signed in, or the password given was a temporary one: a new one must be chosen first. */
export type SignInOutcome = { user: StaffUser } | { passwordChangeRequired: true };

export async function signIn(input: LoginRequest): Promise<SignInOutcome> {
  const answer = await callApi(signInEndpoints, 'POST /auth/login', { body: input });
  return 'passwordChangeRequired' in answer ? answer : { user: beginSession(answer) };
}

/** The first sign-in with a temporary password: the new password replaces it, and signs in. */
export async function choosePassword(input: ChangePasswordRequest): Promise<StaffUser> {
  return beginSession(await callApi(signInEndpoints, 'POST /auth/password', { body: input }));
}
