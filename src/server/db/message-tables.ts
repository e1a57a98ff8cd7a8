import { sql } from 'drizzle-orm';
import { check, customType, index, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { COURSE_MESSAGE_KINDS, COURSE_MESSAGE_OUTCOMES } from '../../domain/course-message-kinds';
import { courseSessions, enrolments, participants } from './domain-tables';

// Messages to the people on a course (docs/missed-material.md): a session's missed material
// and a message to the whole group when a session is cancelled or moved. Each row is a line
// of the person's course contact log: the channel, Notify's id or why nothing was sent, never
// the message's text or where it went.

const isoTimestamp = customType<{ data: string; driverData: string | Date }>({
  dataType: () => 'timestamp(3) with time zone',
  toDriver: (value) => value,
  fromDriver: (value) => new Date(value).toISOString(),
});

export const courseMessages = pgTable(
  'course_messages',
  {
    id: text('id').primaryKey(),
    kind: text('kind', { enum: COURSE_MESSAGE_KINDS }).notNull(),
    participantId: text('participant_id')
      .notNull()
      .references(() => participants.id),
    enrolmentId: text('enrolment_id')
      .notNull()
      .references(() => enrolments.id),
    sessionId: text('session_id')
      .notNull()
      .references(() => courseSessions.id, { onDelete: 'cascade' }),
    /** Null while the message is on its way, and when there was no way to send it. */
    channel: text('channel', { enum: ['sms', 'email'] }),
    outcome: text('outcome', { enum: COURSE_MESSAGE_OUTCOMES }).notNull(),
    /** Why nothing went, in words that hold no personal data. */
    reason: text('reason').notNull().default(''),
    notifyMessageId: text('notify_message_id'),
    at: isoTimestamp('at').notNull(),
  },
  (t) => [
    // Missed material goes once per place per session, however many instances or runs ask:
    // the row is claimed before the send, and a second claim finds it taken.
    uniqueIndex('course_messages_material_once')
      .on(t.enrolmentId, t.sessionId)
      .where(sql`${t.kind} = 'material'`),
    index('course_messages_session').on(t.sessionId),
    check(
      'course_messages_kind',
      sql`${t.kind} in (${sql.raw(COURSE_MESSAGE_KINDS.map((k) => `'${k}'`).join(', '))})`,
    ),
    check(
      'course_messages_outcome',
      sql`${t.outcome} in (${sql.raw(COURSE_MESSAGE_OUTCOMES.map((k) => `'${k}'`).join(', '))})`,
    ),
    check(
      'course_messages_sent_has_id',
      sql`(${t.outcome} = 'message_sent') = (${t.notifyMessageId} is not null)`,
    ),
    check('course_messages_reason_length', sql`char_length(${t.reason}) <= 300`),
  ],
);
