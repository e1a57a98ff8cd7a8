import { defineEndpoints } from '../endpoint-contract';
import {
  cohortCancelSchema,
  cohortSchema,
  cohortDetailSchema,
  cohortInputSchema,
  cohortListSchema,
  cohortSummarySchema,
  providerCancelRequestSchema,
  rescheduleRequestSchema,
  sessionSchema,
} from '../schemas/cohorts';
import { rosterSchema } from '../schemas/participants';
import { okResponseSchema } from '../schemas/common';

export const cohortEndpoints = defineEndpoints({
  'GET /cohorts': {
    summary: 'Cohorts this user may see (facilitators: their own)',
    action: 'cohort.read',
    response: cohortListSchema,
  },
  'GET /cohorts/:id': {
    summary: 'One cohort with its sessions',
    action: 'cohort.read',
    response: cohortDetailSchema,
  },
  'GET /cohorts/:id/enrolments': {
    summary: 'The people in a cohort',
    action: 'cohort.read',
    response: rosterSchema,
  },
  'POST /cohorts': {
    summary: 'Create a cohort and its sessions',
    action: 'cohort.manage',
    request: cohortInputSchema,
    response: cohortSummarySchema,
  },
  'PATCH /cohorts/:id': {
    summary: 'Change a cohort',
    action: 'cohort.manage',
    request: cohortInputSchema,
    response: cohortSummarySchema,
    ifMatch: true,
    errors: { 412: cohortSchema },
  },
  'DELETE /cohorts/:id': {
    summary: 'Delete a cohort nobody joined (otherwise cancel it)',
    action: 'cohort.manage',
    response: okResponseSchema,
    ifMatch: true,
    errors: { 412: cohortSchema },
  },
  'POST /cohorts/:id/cancel': {
    summary: 'Cancel a cohort',
    action: 'cohort.manage',
    request: cohortCancelSchema,
    response: cohortSummarySchema,
    status: 200,
    ifMatch: true,
    errors: { 412: cohortSchema },
  },
  'PATCH /sessions/:sessionId': {
    summary: 'Move a session to another date',
    action: 'cohort.manage',
    request: rescheduleRequestSchema,
    response: sessionSchema,
    ifMatch: true,
    errors: { 412: sessionSchema },
  },
  'POST /sessions/:sessionId/cancel': {
    summary: 'Cancel a session for everyone (code 4)',
    action: 'cohort.manage',
    request: providerCancelRequestSchema,
    response: sessionSchema,
    status: 200,
    ifMatch: true,
    errors: { 412: sessionSchema },
  },
});
