// The GOV.UK Notify stand-in's settings, shared by the Playwright config,
// which starts the stand-in and gives the server the key, and the journey that checks what
// the stand-in received. A test key: it opens nothing but the local stand-in.
export const NOTIFY_PORT = 8793;
export const NOTIFY_URL = `http://127.0.0.1:${NOTIFY_PORT}`;
export const NOTIFY_SERVICE_ID = '5b3f1c6e-7a2d-4c1b-9e8f-0a1b2c3d4e5f';
export const NOTIFY_SECRET = 'c0ffee00-1234-4abc-8def-0123456789ab';
export const NOTIFY_API_KEY = `cohort_e2e-${NOTIFY_SERVICE_ID}-${NOTIFY_SECRET}`;
export const NOTIFY_TEMPLATES = {
  sms: '6f1d2e3c-4b5a-4968-8776-a5b4c3d2e1f0',
  email: '0e1d2c3b-4a59-4687-9766-f5e4d3c2b1a0',
};
export const NOTIFY_FIELDS = [
  'first_name',
  'course_day',
  'course_time',
  'first_session',
  'venue',
  'reply_by',
  'reply_link',
];

/** The reminder templates and their fields (docs/notify.md): the stand-in takes these too. */
export const REMINDER_TEMPLATES = {
  sms: '8b3f4e5d-6c7b-4a8a-9998-c7d6e5f4a312',
  email: '1f2e3d4c-5b6a-4798-8877-a6f5e4d3c2b1',
};
export const REMINDER_FIELDS = [
  'first_name',
  'session_day',
  'session_time',
  'joining_link',
  'cannot_attend_link',
  'opt_out_link',
];
/** A session's questionnaire link, by text (NOTIFY_QUESTIONNAIRE_SMS_TEMPLATE_ID). */
export const NOTIFY_QUESTIONNAIRE_SMS = '7a2e3d4c-5b6a-4079-8887-b6c5d4e3f201';
/** Missed material's text message template (docs/missed-material.md), with its own fields. */
export const MATERIAL_SMS_TEMPLATE = '2a7c9e41-5b3d-4f6a-8c1e-9d0b2a4c6e8f';
export const MATERIAL_FIELDS = ['first_name', 'session_date', 'material_link', 'opt_out_link'];
/** Templates beyond the offer's, each with its own personalisation keys. */
export const NOTIFY_MORE_TEMPLATES = {
  [NOTIFY_QUESTIONNAIRE_SMS]: {
    type: 'sms',
    fields: ['first_name', 'session_day', 'session_time', 'questionnaire_link'],
  },
  [MATERIAL_SMS_TEMPLATE]: { type: 'sms', fields: MATERIAL_FIELDS },
  [REMINDER_TEMPLATES.sms]: { type: 'sms', fields: REMINDER_FIELDS },
  [REMINDER_TEMPLATES.email]: { type: 'email', fields: REMINDER_FIELDS },
};
