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
  sms: '7a2e3d4c-5b6a-4079-8887-b6c5d4e3f201',
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
