import { defineEndpoints } from '../endpoint-contract';
import { okResponseSchema } from '../schemas/common';
import { meResponseSchema, staffDirectorySchema } from '../schemas/staff';

export const authEndpoints = defineEndpoints({
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
