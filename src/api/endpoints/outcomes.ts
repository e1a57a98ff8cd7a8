import { defineEndpoints } from '../endpoint-contract';
import { alertListSchema, reviewAlertSchema, safetyAlertSchema } from '../schemas/alerts';
import {
  questionnaireSendSchema,
  recordMeasuresSchema,
  sendQuestionnaireSchema,
} from '../schemas/measures';
import { rowMeasuresSchema } from '../schemas/row-measures';
import { cohortOutcomesSchema } from '../schemas/outcomes';

// Outcome measures and safety alerts: a group of their own, so only the pages that use them
// load their schemas.
export const outcomeEndpoints = defineEndpoints({
  'PUT /sessions/:sessionId/measures/:enrolmentId': {
    summary:
      "Record a present person's outcome measures at a session (the instruments sent replace those stored)",
    action: 'measures.record',
    request: recordMeasuresSchema,
    response: rowMeasuresSchema,
    ifMatch: true,
    errors: { 412: rowMeasuresSchema },
  },
  'POST /sessions/:sessionId/questionnaire-links': {
    summary:
      "Send a session's questionnaire link by GOV.UK Notify to the people named, or to everyone placed",
    action: 'questionnaire.send',
    request: sendQuestionnaireSchema,
    response: questionnaireSendSchema,
    status: 200,
    // The messages go once the request has committed and the answer says how each went, so
    // it is not kept for a retry: a retry sends again (the first link still works).
    noReplay: true,
  },
  'GET /cohorts/:id/outcomes': {
    summary:
      "A cohort's outcomes: per person first and last scores and what changed; recovery and reliable change rates with their denominators",
    action: 'outcomes.read',
    response: cohortOutcomesSchema,
  },
  'GET /alerts': {
    summary: 'Open safety alerts (PHQ-9 item 9 above 0) on the cohorts the caller looks after',
    action: 'alert.read',
    response: alertListSchema,
  },
  'POST /alerts/:id/review': {
    summary: 'Review a safety alert: what was done, by whom, when',
    action: 'alert.review',
    request: reviewAlertSchema,
    response: safetyAlertSchema,
    status: 200,
    ifMatch: true,
    errors: { 412: safetyAlertSchema },
  },
});
