import { defineEndpoints } from '../endpoint-contract';
import { okResponseSchema } from '../schemas/request-bodies';
import {
  changePasswordRequestSchema,
  loginRequestSchema,
  loginResponseSchema,
  meResponseSchema,
  signedInSchema,
  staffDirectorySchema,
} from '../schemas/staff';

export const authEndpoints = defineEndpoints({
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
  'GET /auth/me': {
    summary: 'The signed-in user',
    action: 'session.use',
    response: meResponseSchema,
  },
  'POST /auth/logout': {
    summary: 'End this session (the token stops working)',
    action: 'session.use',
    response: okResponseSchema,
    status: 200,
  },
  'GET /staff/directory': {
    summary: 'Who is who: names, roles and disciplines of every account, former staff included',
    action: 'staff.directory',
    response: staffDirectorySchema,
  },
});
