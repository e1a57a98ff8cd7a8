import type { Participant } from '../../api/schemas/participants';
import type { Enrolment } from '../../api/schemas/participants';
import type { ContactAttempt } from '../../api/schemas/contacts';
import type { Referral } from '../../api/schemas/referrals';
import type { Session } from '../../api/schemas/cohorts';
import { firstNameOf } from '../names';
import { timeInWords } from '../offer-message';
import { questionnaireExpiry } from '../questionnaire';
import { found, refuse, type CommandContext, type Outcome } from './command';
import { ChangeSet } from './change-set';
import { notifyIdOf, putSessionMessageContact, type SentOrNot } from './session-message-contact';
import {
  attendanceAt,
  registerEnrolments,
  sessionInScope,
  type RegisterRecords,
} from './register-roster';

// A session's questionnaire, sent by staff to one person or to everyone placed: who may get it,
// what its message says (first name, day and time, the link: never what the course is for,
// never a score), and what the person's contact log keeps of it (the channel, Notify's id or
// the reason it was refused, and which session: never the message or the address).

export interface QuestionnaireRecords extends RegisterRecords {
  participants: readonly Participant[];
  referrals: readonly Referral[];
  contactAttempts: readonly ContactAttempt[];
}

const placed = new Set(['confirmed', 'active']);
/** Marked absent or told us they cannot come: no questionnaire for that session. */
const notComing = new Set([2, 3, 4, 7]);

/** The people a session's questionnaire goes to: those placed on its register who have not
 * said they cannot come (all of them, or the ones named). */
export function questionnaireRecipients(
  r: QuestionnaireRecords,
  input: { sessionId: string; enrolmentIds?: readonly string[] | undefined },
  ctx: Pick<CommandContext, 'actor' | 'now'>,
): { session: Session; people: { enrolment: Enrolment; person: Participant }[] } {
  const { session, cohort } = sessionInScope(r, input.sessionId, ctx);
  if (session.status !== 'scheduled')
    refuse('invalid_state', 'This session has been cancelled: there is nothing to answer.');
  if (questionnaireExpiry(session, cohort.sessionLengthMinutes).getTime() <= Date.parse(ctx.now))
    refuse('invalid_state', 'This session is over: enter its measures in the register instead.');
  const eligible = registerEnrolments(r.enrolments, session).filter(
    (e) =>
      placed.has(e.status) &&
      !notComing.has(attendanceAt(r.attendance, session.id, e.id)?.code ?? -1),
  );
  const wanted = input.enrolmentIds;
  const chosen = wanted ? eligible.filter((e) => wanted.includes(e.id)) : eligible;
  if (wanted && chosen.length !== new Set(wanted).size)
    refuse('invalid_state', 'Someone chosen is not expected at this session.');
  return {
    session,
    people: chosen.map((enrolment) => ({
      enrolment,
      person: found(
        r.participants.find((p) => p.id === enrolment.participantId),
        'That participant',
      ),
    })),
  };
}

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  timeZone: 'UTC',
});

/** The message's personalisation besides `questionnaire_link`. */
export function questionnairePersonalisation(person: Participant, session: Session) {
  return {
    first_name: firstNameOf(person),
    session_day: dayFormat.format(new Date(`${session.date}T00:00:00Z`)).replace(/,/g, ''),
    session_time: timeInWords(session.startTime),
  };
}

/** The contact log's record of a questionnaire message Notify accepted or refused, on the
 * person's waiting-list entry (the log staff read); audited either way, by the server. */
export function recordQuestionnaireMessage(
  r: QuestionnaireRecords,
  input: {
    enrolmentId: string;
    session: Pick<Session, 'id' | 'number'>;
    channel: 'sms' | 'email';
    sent: SentOrNot;
  },
  ctx: CommandContext,
): Outcome<ContactAttempt | null> {
  const enrolment = found(
    r.enrolments.find((e) => e.id === input.enrolmentId),
    'That place',
  );
  const sent = 'messageId' in input.sent;
  const cs = new ChangeSet();
  const contact = putSessionMessageContact(
    cs,
    r.referrals,
    {
      participantId: enrolment.participantId,
      sessionId: input.session.id,
      channel: input.channel,
      what: `Questionnaire link for session ${input.session.number}`,
      sent: input.sent,
    },
    ctx,
  );
  cs.audit(
    sent ? 'questionnaire.message-sent' : 'questionnaire.message-not-sent',
    'enrolment',
    enrolment.id,
    null,
    {
      sessionId: input.session.id,
      contactId: contact?.id ?? null,
      channel: input.channel,
      notifyMessageId: notifyIdOf(input.sent),
    },
  );
  return cs.done(contact);
}
