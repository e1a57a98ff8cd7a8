import { defineEndpoints } from '../endpoint-contract';
import {
  changePasswordRequestSchema,
  loginRequestSchema,
  loginResponseSchema,
  signedInSchema,
} from '../schemas/sign-in';

// Their own group: only the sign-in page calls them.
export const signInEndpoints = defineEndpoints({
  'POST /auth/login': {
    summary:
      'Sign in with email and password (a temporary password answers that a new one must be chosen)',
    action: 'public',
    request: loginRequestSchema,
    response: loginResponseSchema,
    status: 200,
  },
  'POST /auth/password': {
    summary: 'Choose a new password, giving the current (or temporary) one; signs in',
    action: 'public',
    request: changePasswordRequestSchema,
    response: signedInSchema,
    status: 200,
  },
});
