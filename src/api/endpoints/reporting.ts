import { defineEndpoints } from '../endpoint-contract';
import { attendanceExportSchema } from '../schemas/registers';
import {
  talkingTherapiesExportSchema,
  talkingTherapiesQuerySchema,
} from '../schemas/talking-therapies';

// Reporting exports: their own group, so the register page does not load the export's schema.
export const reportingEndpoints = defineEndpoints({
  'GET /cohorts/:id/attendance-export': {
    summary: 'Attendance rows for NHS Talking Therapies reporting',
    action: 'register.read',
    response: attendanceExportSchema,
  },
  'GET /exports/talking-therapies': {
    summary:
      'NHS Talking Therapies data set rows for a period: care contacts (IDS201), care activities (IDS202), coded scored assessments (IDS607)',
    action: 'export.talkingTherapies',
    query: talkingTherapiesQuerySchema,
    response: talkingTherapiesExportSchema,
  },
});
