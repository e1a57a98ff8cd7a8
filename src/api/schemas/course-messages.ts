import { z } from 'zod/mini';
import { COURSE_MESSAGE_KINDS, COURSE_MESSAGE_OUTCOMES } from '../../domain/course-message-kinds';
import { idSchema, isoDateTimeSchema, text } from './common';

/** A line of a person's course contact log: missed material or a message to the group, how it
 * went (or why it did not) and when; never the message's words or where it went. */
export const courseMessageSchema = z.object({
  id: idSchema,
  kind: z.enum(COURSE_MESSAGE_KINDS),
  sessionId: idSchema,
  enrolmentId: idSchema,
  channel: z.nullable(z.enum(['sms', 'email'])),
  outcome: z.enum(COURSE_MESSAGE_OUTCOMES),
  reason: text(),
  at: isoDateTimeSchema,
});
export type CourseMessage = z.infer<typeof courseMessageSchema>;
export const courseMessageListSchema = z.object({ items: z.array(courseMessageSchema) });
