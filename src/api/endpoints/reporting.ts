import { defineEndpoints } from '../endpoint-contract';
import { attendanceExportSchema } from '../schemas/registers';

// Reporting exports: their own group, so the register page does not load the export's schema.
export const reportingEndpoints = defineEndpoints({
  'GET /cohorts/:id/attendance-export': {
    summary: 'Attendance rows for NHS Talking Therapies reporting',
    action: 'register.read',
    response: attendanceExportSchema,
  },
});
