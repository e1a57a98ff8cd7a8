import { defineEndpoints } from '../endpoint-contract';
import { okResponseSchema } from '../schemas/request-bodies';
import {
  loginRequestSchema,
  loginResponseSchema,
  meResponseSchema,
  staffListSchema,
} from '../schemas/staff';

export const authEndpoints = defineEndpoints({
  'POST /auth/login': {
    summary: 'Sign in with email and password',
    action: 'public',
    request: loginRequestSchema,
    response: loginResponseSchema,
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
  'GET /staff': { summary: 'Staff accounts', action: 'staff.read', response: staffListSchema },
});
