import { z } from 'zod/mini';
import { sessionSchema } from '../schemas/cohorts';
import { enrolmentSchema } from '../schemas/participants';
import { defineEndpoints } from '../endpoint-contract';
import { attendanceRecordSchema, markAttendanceSchema } from '../schemas/attendance';
import { agreementRequestSchema, rosterEntrySchema } from '../schemas/participants';
import { finaliseSchema, registerListSchema, registerSchema } from '../schemas/registers';

export const registerEndpoints = defineEndpoints({
  'GET /registers': {
    summary: 'Registers this user may take or read',
    action: 'register.read',
    response: registerListSchema,
  },
  'GET /sessions/:sessionId/register': {
    summary: 'One register',
    action: 'register.read',
    response: registerSchema,
  },
  'PUT /sessions/:sessionId/attendance/:enrolmentId': {
    summary: 'Mark one person at one session (an amendment with a reason once finalised)',
    action: 'register.mark',
    request: markAttendanceSchema,
    response: attendanceRecordSchema,
    refuses: ['agreement_missing'],
    ifMatch: true,
    errors: { 412: z.nullable(attendanceRecordSchema) },
  },
  'POST /sessions/:sessionId/finalise': {
    summary: 'Finalise a register once the session has started and everyone is marked',
    action: 'register.mark',
    request: finaliseSchema,
    response: registerSchema,
    refuses: ['session_not_started'],
    status: 200,
    ifMatch: true,
    errors: { 412: sessionSchema },
  },
  'PATCH /enrolments/:id': {
    summary: 'Record that the person agreed to the group rules and confidentiality',
    action: 'enrolment.agreement',
    request: agreementRequestSchema,
    response: rosterEntrySchema,
    ifMatch: true,
    errors: { 412: enrolmentSchema },
  },
});
