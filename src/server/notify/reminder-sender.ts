import { eq } from 'drizzle-orm';
import type { Cohort, Session } from '../../api/schemas/cohorts';
import type { Participant } from '../../api/schemas/participants';
import { recordReminderMessage } from '../../domain/commands/reminder-messages';
import { reminderPersonalisation, type DueReminder } from '../../domain/reminders';
import { sessionStartsAt } from '../../domain/session-start';
import type { Db } from '../db/database';
import { sessionReminders } from '../db/reminder-tables';
import { personLocks } from '../db/row-locks';
import { LINK_PATH } from '../links/link-purposes';
import { issueLink } from '../links/link-tokens';
import { optOutLink } from '../links/opt-out-link';
import type { Logger } from '../logger';
import { SYSTEM_USER } from '../offer-expiry-job';
import { newId, runCommandIn } from '../routes/write-context';
import { NotifyError, type Notifier } from './notify-client';

// One reminder to one person: claimed first (the unique row per person, session and kind), so
// it goes at most once whatever runs at the same time; then the links, the send outside any
// transaction, and the outcome on the claim, the person's contact log and the audit trail.

export interface ReminderRoute {
  channel: 'sms' | 'email';
  to: string;
  templateId: string;
}

export async function sendReminder(
  db: Db,
  notifier: Notifier,
  due: DueReminder & { person: Participant; cohort: Cohort; lastSession: Session },
  route: ReminderRoute,
  options: { now: Date; linkOrigin: string; log: Logger },
): Promise<'sent' | 'not-sent' | 'already'> {
  const { now } = options;
  const claimId = newId('rem');
  const claimed = await db
    .insert(sessionReminders)
    .values({
      id: claimId,
      sessionId: due.session.id,
      enrolmentId: due.enrolment.id,
      participantId: due.person.id,
      kind: due.kind,
      outcome: 'sending',
      at: now.toISOString(),
    })
    .onConflictDoNothing()
    .returning({ id: sessionReminders.id });
  if (claimed.length === 0) return 'already';
  const link = (purpose: 'cannot_attend', subjectId: string, expiresAt: string) =>
    issueLink(db, { purpose, participantId: due.person.id, subjectId, expiresAt, now }).then(
      ({ token }) => `${options.linkOrigin}${LINK_PATH}/${token}`,
    );
  // "I can't make it" covers the person's sessions still to come: it lives until the last.
  const last = sessionStartsAt(due.lastSession.date, due.lastSession.startTime).toISOString();
  const personalisation = reminderPersonalisation(
    { givenName: due.person.givenName, session: due.session, cohort: due.cohort },
    {
      cannotAttend: await link('cannot_attend', due.enrolment.id, last),
      optOut: await optOutLink(db, {
        participantId: due.person.id,
        now,
        linkOrigin: options.linkOrigin,
      }),
    },
  );
  let sent: { messageId: string } | { reason: string };
  try {
    const { id } = await notifier.send({ ...route, personalisation, reference: claimId });
    sent = { messageId: id };
  } catch (error) {
    const reason =
      error instanceof NotifyError ? error.message : 'GOV.UK Notify: the message was not sent';
    // The claim's id and the kind of failure: never the number, address or message.
    options.log.warn({ reminderId: claimId, channel: route.channel, reason }, 'reminder not sent');
    sent = { reason };
  }
  await db.transaction(async (tx) => {
    await tx
      .update(sessionReminders)
      .set({
        channel: route.channel,
        outcome: 'messageId' in sent ? 'sent' : 'not_sent',
        reason: 'reason' in sent ? sent.reason.slice(0, 300) : '',
        notifyMessageId: 'messageId' in sent ? sent.messageId : null,
      })
      .where(eq(sessionReminders.id, claimId));
    await runCommandIn(
      tx,
      {
        user: SYSTEM_USER,
        scope: 'all',
        requestId: `job:reminder:${claimId}`,
        now,
        auditAs: { id: 'system', role: 'system' },
      },
      (r, cc) =>
        recordReminderMessage(
          r,
          {
            participantId: due.person.id,
            enrolmentId: due.enrolment.id,
            session: due.session,
            kind: due.kind,
            channel: route.channel,
            sent,
          },
          cc,
        ),
      { locks: (locking) => personLocks(locking, due.person.id) },
    );
  });
  return 'messageId' in sent ? 'sent' : 'not-sent';
}
