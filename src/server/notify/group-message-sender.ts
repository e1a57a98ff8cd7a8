import {
  groupPersonalisation,
  placedInCohort,
  type SessionChange,
} from '../../domain/course-messages';
import type { IsoDate } from '../../domain/dates';
import type { Db } from '../db/database';
import { readSnapshot } from '../db/records';
import type { Logger } from '../logger';
import { claimAndSendCourseMessage } from './course-message-send';
import type { Notifier } from './notify-client';

// A message to the whole group when a session is cancelled or moved (the dialog's choice):
// to each person placed in the cohort, once the change has committed. A service message, so
// it goes wherever there is a mobile or an email and a template; each one is a row on the
// person's course contact log, sent or not and why.

export async function sendGroupMessage(
  db: Db,
  notifier: Notifier,
  options: {
    sessionId: string;
    /** The session's date before the change: the one people know. */
    wasOn: IsoDate;
    change: SessionChange;
    now: Date;
    requestId: string;
    log: Logger;
  },
): Promise<number> {
  const r = await readSnapshot(db, {});
  const session = r.sessions.find((s) => s.id === options.sessionId);
  if (!session) return 0;
  const templates = { sms: r.settings.groupSmsTemplateId, email: r.settings.groupEmailTemplateId };
  let count = 0;
  for (const enrolment of placedInCohort(r.enrolments, session.cohortId)) {
    const person = r.participants.find((p) => p.id === enrolment.participantId);
    if (!person) continue;
    const sent = await claimAndSendCourseMessage(db, notifier, {
      ...options,
      kind: 'group',
      person,
      enrolmentId: enrolment.id,
      sessionId: session.id,
      templates,
      personalisation: () =>
        groupPersonalisation({
          givenName: person.givenName,
          sessionDate: options.wasOn,
          startTime: session.startTime,
          change: options.change,
        }),
    });
    if (sent) count += 1;
  }
  return count;
}
