import { defineEndpoints } from '../endpoint-contract';
import { sessionSchema } from '../schemas/cohorts';
import { cohortRemindersSchema, sessionVideoLinkSchema } from '../schemas/reminders';

// Reminders before each session: who was reminded, and a session's own video link. A group of
// their own, so only the cohort page's reminders section loads their schemas.
export const reminderEndpoints = defineEndpoints({
  'GET /cohorts/:id/reminders': {
    summary:
      "Who was reminded of a cohort's recent and next sessions, by what, and why anyone was not (no mobile or email, opted out, letters only)",
    action: 'reminders.read',
    response: cohortRemindersSchema,
  },
  'PUT /sessions/:sessionId/video-link': {
    summary:
      "Give a session its own video link when it differs from the cohort's ('' goes back to the cohort's); its reminders carry it",
    action: 'cohort.manage',
    request: sessionVideoLinkSchema,
    response: sessionSchema,
    status: 200,
    ifMatch: true,
    errors: { 412: sessionSchema },
  },
});
