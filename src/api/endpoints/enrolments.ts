import { enrolmentSchema } from '../schemas/participants';
import { courseMessageListSchema } from '../schemas/course-messages';
import { defineEndpoints } from '../endpoint-contract';
import { attendanceRecordSchema } from '../schemas/attendance';
import {
  cannotAttendRequestSchema,
  transferOptionsSchema,
  transferRequestSchema,
  waitingCandidatesSchema,
  withdrawRequestSchema,
} from '../schemas/enrolment-actions';
import {
  createEnrolmentSchema,
  participantListSchema,
  rosterEntrySchema,
} from '../schemas/participants';
import { participantSearchRequestSchema } from '../schemas/enrolment-actions';

export const enrolmentEndpoints = defineEndpoints({
  'POST /participants/search': {
    summary: 'Find participants by name or NHS number (in the body, never the URL)',
    action: 'participant.search',
    request: participantSearchRequestSchema,
    response: participantListSchema,
    status: 200,
    safe: true,
  },
  'GET /cohorts/:id/waiting-candidates': {
    summary: 'Who to enrol next: urgent first, then longest waiting',
    action: 'enrolment.enrol',
    response: waitingCandidatesSchema,
  },
  'POST /cohorts/:id/enrolments': {
    summary: 'Enrol a participant',
    action: 'enrolment.enrol',
    request: createEnrolmentSchema,
    response: rosterEntrySchema,
    refuses: ['cohort_full', 'already_enrolled', 'duplicate_nhs_number'],
  },
  'GET /enrolments/:id/messages': {
    summary:
      "A person's course contact log: missed material and messages to the group sent by GOV.UK Notify, how each went, newest first (always empty on the mock, which sends nothing)",
    action: 'enrolment.messages',
    response: courseMessageListSchema,
  },
  'GET /enrolments/:id/transfer-options': {
    summary: 'Later cohorts this person can move to',
    action: 'enrolment.transfer',
    response: transferOptionsSchema,
  },
  'POST /enrolments/:id/transfer': {
    summary: 'Move a person to a later cohort (frees the place)',
    action: 'enrolment.transfer',
    request: transferRequestSchema,
    response: rosterEntrySchema,
    refuses: ['cohort_full', 'already_enrolled'],
    ifMatch: true,
    errors: { 412: enrolmentSchema },
  },
  'POST /enrolments/:id/withdraw': {
    summary: 'Withdraw a person (frees the place)',
    action: 'enrolment.withdraw',
    request: withdrawRequestSchema,
    response: rosterEntrySchema,
    status: 200,
    ifMatch: true,
    errors: { 412: enrolmentSchema },
  },
  'POST /enrolments/:id/cannot-attend': {
    summary: 'Record notice of an absence at an upcoming session (code 2)',
    action: 'enrolment.cannotAttend',
    request: cannotAttendRequestSchema,
    response: attendanceRecordSchema,
  },
});
