// The kinds and outcomes of a message to a person on a course, apart from the rules in
// ./course-messages.ts: the register's answer schema names them, and the register's chunk
// should not carry the message-building code for that.

export const COURSE_MESSAGE_KINDS = ['material', 'group'] as const;
export type CourseMessageKind = (typeof COURSE_MESSAGE_KINDS)[number];

/** 'sending': claimed, on its way; 'no_contact': no way to reach them (no mobile or email,
 * no template, no material for the topic). */
export const COURSE_MESSAGE_OUTCOMES = [
  'sending',
  'message_sent',
  'message_not_sent',
  'no_contact',
] as const;
export type CourseMessageOutcome = (typeof COURSE_MESSAGE_OUTCOMES)[number];
