import { z } from 'zod/mini';
import { idSchema, intSchema, isoDateSchema, isoDateTimeSchema, text } from './common';
import { UNREACHABLE_REASONS } from '../../domain/contact-preferences';
import { REMINDER_KINDS } from '../../domain/reminders';

/** One reminder the server sent, or tried to: its kind, channel, outcome and when. */
export const sentReminderSchema = z.object({
  kind: z.enum(REMINDER_KINDS),
  outcome: z.enum(['sending', 'sent', 'not_sent']),
  channel: z.nullable(z.enum(['sms', 'email'])),
  /** Why Notify did not take it (no personal data), or ''. */
  reason: text(),
  at: isoDateTimeSchema,
});
export type SentReminder = z.infer<typeof sentReminderSchema>;

/** A placed person at one session: what was sent, or why nothing is (their contact rule). */
export const reminderPersonSchema = z.object({
  enrolmentId: idSchema,
  name: text(),
  sent: z.array(sentReminderSchema),
  /** Told the service they cannot come (code 2) or the session is off for them (code 4). */
  saidCannotCome: z.boolean(),
  /** Why no reminder can go to them (src/domain/contact-preferences.ts), or null. */
  notReminded: z.nullable(z.enum(UNREACHABLE_REASONS)),
});

export const sessionRemindersSchema = z.object({
  sessionId: idSchema,
  number: intSchema,
  date: isoDateSchema,
  startTime: text(),
  cancelled: z.boolean(),
  /** The link the reminder carries: the session's own, else the cohort's ('' face to face). */
  joiningLink: text(),
  people: z.array(reminderPersonSchema),
});

/** GET /cohorts/:id/reminders: who was reminded of the cohort's recent and next sessions. */
export const cohortRemindersSchema = z.object({
  /** The service has a reminder template: without one, nothing is sent. */
  templatesSet: z.boolean(),
  dayBeforeAt: z.nullable(text()),
  twoHoursBefore: z.boolean(),
  sessions: z.array(sessionRemindersSchema),
});
export type CohortReminders = z.infer<typeof cohortRemindersSchema>;

/** PUT /sessions/:sessionId/video-link: this session's own link, or '' for the cohort's. */
export const sessionVideoLinkSchema = z.object({
  videoLink: z.union([
    z.url({ protocol: /^https$/, error: 'Enter an https:// video link' }),
    z.literal(''),
  ]),
});
