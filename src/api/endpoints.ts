import { z } from 'zod/mini';
import { attendanceRecordSchema, markAttendanceSchema } from './schemas/attendance';
import { auditFilterSchema, auditListSchema } from './schemas/audit-view';
import {
  cohortDetailSchema,
  cohortInputSchema,
  cohortListSchema,
  cohortSummarySchema,
  sessionSchema,
} from './schemas/cohorts';
import {
  cohortDashboardSchema,
  dashboardFiltersSchema,
  dashboardSummarySchema,
} from './schemas/dashboard';
import {
  cannotAttendRequestSchema,
  cohortCancelSchema,
  transferOptionsSchema,
  transferRequestSchema,
  waitingCandidatesSchema,
  withdrawRequestSchema,
} from './schemas/enrolment-actions';
import {
  flagActionSchema,
  flagContactSchema,
  flagListSchema,
  flagViewSchema,
} from './schemas/flags';
import {
  createEnrolmentSchema,
  participantListSchema,
  rosterEntrySchema,
  rosterSchema,
  updateEnrolmentSchema,
} from './schemas/participants';
import {
  createOfferSchema,
  offerOutcomeSchema,
  offerViewSchema,
  referralDetailSchema,
  referralInputSchema,
  referralSchema,
  seedWaitingListSchema,
  vacancyDetailSchema,
  vacancyListSchema,
  waitingListSchema,
} from './schemas/referrals';
import {
  attendanceExportSchema,
  finaliseSchema,
  registerListSchema,
  registerSchema,
} from './schemas/registers';
import {
  okResponseSchema,
  participantSearchRequestSchema,
  providerCancelRequestSchema,
  rescheduleRequestSchema,
} from './schemas/request-bodies';
import { serviceSettingsSchema, updateSettingsSchema } from './schemas/settings';
import {
  loginRequestSchema,
  loginResponseSchema,
  meResponseSchema,
  staffListSchema,
  staffUserSchema,
} from './schemas/staff';

export interface EndpointContract {
  summary: string;
  request?: z.ZodMiniType;
  /** GET filters: only ids, dates and enums; never a name or an NHS number. */
  query?: z.ZodMiniType;
  response: z.ZodMiniType;
  /** The success status; by default 201 for POST and 200 otherwise. */
  status?: number;
  /** Sends If-Match: "<version>"; 428 without it, 412 with the current record when stale. */
  ifMatch?: boolean;
  /** Demo backend only: a real API does not have it. */
  demoOnly?: boolean;
}

// The API as the app relies on it, keyed "METHOD /path" exactly as ROLE_MATRIX (mocks/http.ts)
// names it. `npm run api:spec` fails when an endpoint the mock serves is missing here.
// Never imported by the app: it exists for the OpenAPI document and the contract tests.
export const ENDPOINTS = {
  'POST /auth/login': {
    summary: 'Sign in with email and password',
    request: loginRequestSchema,
    response: loginResponseSchema,
    status: 200,
  },
  'GET /auth/me': { summary: 'The signed-in user', response: meResponseSchema },
  'POST /auth/logout': {
    summary: 'End this session (the token stops working)',
    response: okResponseSchema,
    status: 200,
  },
  'GET /staff': { summary: 'Staff accounts', response: staffListSchema },
  'GET /cohorts': {
    summary: 'Cohorts this user may see (facilitators: their own)',
    response: cohortListSchema,
  },
  'GET /cohorts/:id': { summary: 'One cohort with its sessions', response: cohortDetailSchema },
  'GET /cohorts/:id/enrolments': { summary: 'The people in a cohort', response: rosterSchema },
  'POST /cohorts': {
    summary: 'Create a cohort and its sessions',
    request: cohortInputSchema,
    response: cohortSummarySchema,
  },
  'PATCH /cohorts/:id': {
    summary: 'Change a cohort',
    request: cohortInputSchema,
    response: cohortSummarySchema,
    ifMatch: true,
  },
  'DELETE /cohorts/:id': {
    summary: 'Delete a cohort nobody joined (otherwise cancel it)',
    response: okResponseSchema,
    ifMatch: true,
  },
  'POST /cohorts/:id/cancel': {
    summary: 'Cancel a cohort',
    request: cohortCancelSchema,
    response: cohortSummarySchema,
    status: 200,
    ifMatch: true,
  },
  'POST /participants/search': {
    summary: 'Find participants by name or NHS number (in the body, never the URL)',
    request: participantSearchRequestSchema,
    response: participantListSchema,
    status: 200,
  },
  'GET /cohorts/:id/waiting-candidates': {
    summary: 'Who to enrol next: urgent first, then longest waiting',
    response: waitingCandidatesSchema,
  },
  'POST /cohorts/:id/enrolments': {
    summary: 'Enrol a participant',
    request: createEnrolmentSchema,
    response: rosterEntrySchema,
  },
  'PATCH /enrolments/:id': {
    summary: 'Record the group agreement or change a status',
    request: updateEnrolmentSchema,
    response: rosterEntrySchema,
    ifMatch: true,
  },
  'GET /enrolments/:id/transfer-options': {
    summary: 'Later cohorts this person can move to',
    response: transferOptionsSchema,
  },
  'POST /enrolments/:id/transfer': {
    summary: 'Move a person to a later cohort',
    request: transferRequestSchema,
    response: rosterEntrySchema,
    ifMatch: true,
  },
  'POST /enrolments/:id/withdraw': {
    summary: 'Withdraw a person (frees the place)',
    request: withdrawRequestSchema,
    response: rosterEntrySchema,
    status: 200,
    ifMatch: true,
  },
  'POST /enrolments/:id/cannot-attend': {
    summary: 'Record notice of an absence (code 2)',
    request: cannotAttendRequestSchema,
    response: attendanceRecordSchema,
  },
  'PATCH /sessions/:sessionId': {
    summary: 'Move a session to another date',
    request: rescheduleRequestSchema,
    response: sessionSchema,
    ifMatch: true,
  },
  'POST /sessions/:sessionId/cancel': {
    summary: 'Cancel a session for everyone (code 4)',
    request: providerCancelRequestSchema,
    response: sessionSchema,
    status: 200,
    ifMatch: true,
  },
  'GET /flags': {
    summary: 'People at risk of, or in breach of, the absence threshold',
    response: flagListSchema,
  },
  'POST /flags/:enrolmentId/resolve': {
    summary: 'Act on a flag: keep, withdraw or transfer',
    request: flagActionSchema,
    response: z.union([flagViewSchema, rosterEntrySchema, z.null()]),
    status: 200,
    ifMatch: true,
  },
  'POST /flags/:enrolmentId/contacts': {
    summary: 'Record a contact with someone flagged',
    request: flagContactSchema,
    response: flagViewSchema,
  },
  'GET /registers': {
    summary: 'Registers this user may take or read',
    response: registerListSchema,
  },
  'GET /sessions/:sessionId/register': { summary: 'One register', response: registerSchema },
  'PUT /sessions/:sessionId/attendance/:enrolmentId': {
    summary: 'Mark one person at one session',
    request: markAttendanceSchema,
    response: attendanceRecordSchema,
    ifMatch: true,
  },
  'POST /sessions/:sessionId/finalise': {
    summary: 'Finalise a register once everyone is marked',
    request: finaliseSchema,
    response: registerSchema,
    status: 200,
    ifMatch: true,
  },
  'GET /cohorts/:id/attendance-export': {
    summary: 'Attendance rows for NHS Talking Therapies reporting',
    response: attendanceExportSchema,
  },
  'GET /settings': { summary: 'Service settings', response: serviceSettingsSchema },
  'PATCH /settings': {
    summary: 'Change service settings',
    request: updateSettingsSchema,
    response: serviceSettingsSchema,
    ifMatch: true,
  },
  'GET /referrals': { summary: 'The waiting list', response: waitingListSchema },
  'GET /referrals/:id': {
    summary: 'One referral with contact details',
    response: referralDetailSchema,
  },
  'POST /referrals': {
    summary: 'Add a referral (ineligible boroughs get 422 with where to signpost)',
    request: referralInputSchema,
    response: referralSchema,
  },
  'GET /vacancies': { summary: 'Open vacancies', response: vacancyListSchema },
  'GET /vacancies/:id': {
    summary: 'One vacancy, its candidates and offers',
    response: vacancyDetailSchema,
  },
  'POST /vacancies/:id/offers': {
    summary: 'Offer a place to someone waiting',
    request: createOfferSchema,
    response: offerViewSchema,
    ifMatch: true,
  },
  'POST /offers/:id/outcome': {
    summary: 'Record an offer accepted, declined or expired',
    request: offerOutcomeSchema,
    response: offerViewSchema,
    status: 200,
    ifMatch: true,
  },
  'GET /audit': {
    summary: 'Audit trail (NHS numbers masked)',
    query: auditFilterSchema,
    response: auditListSchema,
  },
  'GET /dashboard/summary': {
    summary: 'Service figures and charts',
    query: dashboardFiltersSchema,
    response: dashboardSummarySchema,
  },
  'GET /dashboard/cohorts/:id': {
    summary: 'One cohort week by week',
    response: cohortDashboardSchema,
  },
  'POST /demo/reset': {
    summary: 'Put the demo data back as seeded',
    response: okResponseSchema,
    status: 200,
    demoOnly: true,
  },
  'GET /demo/accounts': {
    summary: 'Demo accounts for one-click sign-in',
    response: z.object({ items: z.array(staffUserSchema), password: z.string() }),
    demoOnly: true,
  },
  'POST /demo/seed-waiting-list': {
    summary: 'Fill the waiting list with generated test people',
    request: seedWaitingListSchema,
    response: z.object({ waiting: z.number().check(z.int()) }),
    status: 200,
    demoOnly: true,
  },
} satisfies Record<string, EndpointContract>;

export type EndpointKey = keyof typeof ENDPOINTS;

export function successStatus(key: string, contract: EndpointContract): number {
  return contract.status ?? (key.startsWith('POST ') ? 201 : 200);
}
