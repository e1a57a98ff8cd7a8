import { staffAccountSchema } from '../schemas/staff-accounts';
import { defineEndpoints } from '../endpoint-contract';
import {
  newStaffSchema,
  staffAccountListSchema,
  staffAccountViewSchema,
  temporaryPasswordSchema,
  updateStaffSchema,
} from '../schemas/staff-accounts';

export const staffEndpoints = defineEndpoints({
  'GET /staff': {
    summary: 'Staff accounts, with who is active and the cohorts each still facilitates',
    action: 'staff.read',
    response: staffAccountListSchema,
  },
  'POST /staff': {
    summary: 'Add a member of staff (no password: an admin sets a temporary one)',
    action: 'staff.manage',
    request: newStaffSchema,
    response: staffAccountViewSchema,
  },
  'PATCH /staff/:id': {
    summary:
      'Change name, role or discipline; { active: false, reason } deactivates (their sessions end), { active: true } reactivates',
    action: 'staff.manage',
    request: updateStaffSchema,
    response: staffAccountViewSchema,
    ifMatch: true,
    errors: { 412: staffAccountSchema },
  },
  'POST /staff/:id/temporary-password': {
    summary:
      'Set a one-time temporary password, shown once; their sessions end and the first sign-in must choose a new one',
    action: 'staff.manage',
    response: temporaryPasswordSchema,
    noReplay: true,
  },
});
