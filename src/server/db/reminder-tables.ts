import { sql } from 'drizzle-orm';
import { check, customType, index, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { REMINDER_KINDS } from '../../domain/reminders';
import { courseSessions, enrolments, participants } from './domain-tables';

// What the reminder job sent (src/server/notify/reminder-job.ts): one row per person, session
// and kind of reminder, claimed before the message goes, so no instance, retry or slow run
// sends the same reminder twice. People not sent one have no row: the cohort's reminders read
// says why from their contact preferences.

const isoTimestamp = customType<{ data: string; driverData: string | Date }>({
  dataType: () => 'timestamp(3) with time zone',
  toDriver: (value) => value,
  fromDriver: (value) => new Date(value).toISOString(),
});

export const sessionReminders = pgTable(
  'session_reminders',
  {
    id: text('id').primaryKey(),
    sessionId: text('session_id')
      .notNull()
      .references(() => courseSessions.id, { onDelete: 'cascade' }),
    enrolmentId: text('enrolment_id')
      .notNull()
      .references(() => enrolments.id),
    participantId: text('participant_id')
      .notNull()
      .references(() => participants.id),
    kind: text('kind', { enum: REMINDER_KINDS }).notNull(),
    /** 'sms' or 'email'; null once claimed and not yet sent. */
    channel: text('channel', { enum: ['sms', 'email'] }),
    /** sending (claimed), sent (Notify took it) or not_sent (Notify refused it, with why). */
    outcome: text('outcome', { enum: ['sending', 'sent', 'not_sent'] }).notNull(),
    reason: text('reason').notNull().default(''),
    notifyMessageId: text('notify_message_id'),
    at: isoTimestamp('at').notNull(),
  },
  (t) => [
    uniqueIndex('session_reminders_once').on(t.sessionId, t.participantId, t.kind),
    index('session_reminders_enrolment').on(t.enrolmentId),
    check(
      'session_reminders_kind',
      sql`${t.kind} in (${sql.raw(REMINDER_KINDS.map((k) => `'${k}'`).join(', '))})`,
    ),
    check('session_reminders_outcome', sql`${t.outcome} in ('sending', 'sent', 'not_sent')`),
    check(
      'session_reminders_sent',
      sql`(${t.outcome} = 'sent') = (${t.notifyMessageId} is not null)
        and (${t.outcome} = 'sending') = (${t.channel} is null)`,
    ),
  ],
);
