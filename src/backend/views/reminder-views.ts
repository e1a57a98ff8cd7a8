import type { Cohort } from '../../api/schemas/cohorts';
import type { CohortReminders, SentReminder } from '../../api/schemas/reminders';
import { howToReach } from '../../domain/contact-preferences';
import { addDays } from '../../domain/dates';
import { fullName } from '../../domain/names';
import { hasSaidNo, isRemindedPlace } from '../../domain/reminders';
import type { Snapshot } from '../snapshot';

// A cohort's reminders, as staff read them: for its sessions of the last week and the next
// ones, each placed person with what was sent, or why nothing can be (the same contact rule
// the job obeys). What was sent is the server's (its session_reminders table); the mock
// sends nothing, so it passes none.

export interface SentRow extends SentReminder {
  sessionId: string;
  enrolmentId: string;
}

const SHOWN_SESSIONS = 3;

export function cohortReminders(
  db: Snapshot,
  cohort: Cohort,
  sent: readonly SentRow[],
  today: string,
): CohortReminders {
  const s = db.settings;
  const templates = {
    sms: Boolean(s.reminderSmsTemplateId),
    email: Boolean(s.reminderEmailTemplateId),
  };
  const sessions = db.sessions
    .filter((x) => x.cohortId === cohort.id && x.date >= addDays(today, -7))
    .sort((a, b) => a.date.localeCompare(b.date))
    .slice(0, SHOWN_SESSIONS);
  return {
    templatesSet: templates.sms || templates.email,
    dayBeforeAt: s.reminderDayBeforeAt,
    twoHoursBefore: s.reminderTwoHoursBefore,
    sessions: sessions.map((session) => ({
      sessionId: session.id,
      number: session.number,
      date: session.date,
      startTime: session.startTime,
      cancelled: session.status !== 'scheduled' || cohort.status === 'cancelled',
      joiningLink: cohort.delivery === 'online' ? session.videoLink || cohort.videoLink : '',
      people: db.enrolments
        .filter((e) => isRemindedPlace(e, session))
        .flatMap((e) => {
          const person = db.participants.find((p) => p.id === e.participantId);
          if (!person) return [];
          const reach = howToReach(person, 'reminder', templates);
          return [
            {
              enrolmentId: e.id,
              name: fullName(person),
              sent: sent
                .filter((r) => r.sessionId === session.id && r.enrolmentId === e.id)
                .map(({ kind, outcome, channel, reason, at }) => ({
                  kind,
                  outcome,
                  channel,
                  reason,
                  at,
                })),
              saidCannotCome: hasSaidNo(db, session, e.id),
              notReminded: 'reason' in reach ? reach.reason : null,
            },
          ];
        })
        .sort((a, b) => a.name.localeCompare(b.name)),
    })),
  };
}
