import type { Cohort, Session } from '../api/schemas/cohorts';
import type { AttendanceRecord as Attendance } from '../api/schemas/attendance';
import type { Enrolment } from '../api/schemas/participants';
import { sessionStartsAt } from './session-start';
import { timeInWords } from './offer-message';

// Reminders before each session. docs/domain.md: "Reminders go before each
// session to everyone placed who has not cancelled, with the joining link when the session is
// online; never for a cancelled session; once per person per session." The service chooses
// when (settings): the day before at a London time, and/or two hours before. What is due is
// decided here, for the job to send; "once" is the database's unique constraint.

export const REMINDER_KINDS = ['day_before', 'two_hours'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export const REMINDER_KIND_LABELS: Record<ReminderKind, string> = {
  day_before: 'The day before',
  two_hours: 'Two hours before',
};

/** A new service: the day before at 6pm, not two hours before (its templates decide whether any
 * reminder is sent at all). */
export const DEFAULT_REMINDER_TIMES: ReminderSettings = {
  reminderDayBeforeAt: '18:00',
  reminderTwoHoursBefore: false,
};

export interface ReminderSettings {
  /** 'HH:MM' London time on the day before, or null for no day-before reminder. */
  reminderDayBeforeAt: string | null;
  reminderTwoHoursBefore: boolean;
}

const TWO_HOURS_MS = 2 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** When a kind of reminder falls due for a session, or null when the service sends none. */
export function reminderDueAt(
  session: Pick<Session, 'date' | 'startTime'>,
  kind: ReminderKind,
  settings: ReminderSettings,
): Date | null {
  const starts = sessionStartsAt(session.date, session.startTime);
  if (kind === 'two_hours')
    return settings.reminderTwoHoursBefore ? new Date(starts.getTime() - TWO_HOURS_MS) : null;
  if (!settings.reminderDayBeforeAt) return null;
  // The day before on London's calendar, at its wall time (a clock change is allowed for).
  const dayBefore = new Date(Date.parse(`${session.date}T12:00:00Z`) - DAY_MS)
    .toISOString()
    .slice(0, 10);
  return sessionStartsAt(dayBefore, settings.reminderDayBeforeAt);
}

export interface DueReminder {
  session: Session;
  enrolment: Enrolment;
  kind: ReminderKind;
}

export interface ReminderRecords {
  cohorts: readonly Cohort[];
  sessions: readonly Session[];
  enrolments: readonly Enrolment[];
  attendance: readonly Attendance[];
}

/** A place that gets reminders: confirmed or attending, and joined by the session's date. */
export function isRemindedPlace(enrolment: Enrolment, session: Session): boolean {
  return (
    (enrolment.status === 'confirmed' || enrolment.status === 'active') &&
    enrolment.cohortId === session.cohortId &&
    enrolment.joinedOn <= session.date
  );
}

/** Said they cannot come (code 2), or the session is off for them (code 4): no reminder. */
export function hasSaidNo(r: ReminderRecords, session: Session, enrolmentId: string): boolean {
  const mark = r.attendance.find(
    (a) => a.sessionId === session.id && a.enrolmentId === enrolmentId,
  );
  return mark?.code === 2 || mark?.code === 4;
}

/** Every reminder due at `now` (sent or not: the job skips those already claimed). A reminder
 * is due from its moment until the session starts; a day-before reminder not yet sent when the
 * two-hour one falls due gives way to it, so nobody gets two at once. */
export function dueReminders(
  r: ReminderRecords,
  settings: ReminderSettings,
  now: Date,
): DueReminder[] {
  const at = now.getTime();
  const due: DueReminder[] = [];
  for (const session of r.sessions) {
    const cohort = r.cohorts.find((c) => c.id === session.cohortId);
    if (session.status !== 'scheduled' || !cohort || cohort.status === 'cancelled') continue;
    if (at >= sessionStartsAt(session.date, session.startTime).getTime()) continue;
    const twoHours = reminderDueAt(session, 'two_hours', settings);
    for (const kind of REMINDER_KINDS) {
      const from = reminderDueAt(session, kind, settings);
      if (!from || at < from.getTime()) continue;
      if (kind === 'day_before' && twoHours && at >= twoHours.getTime()) continue;
      for (const enrolment of r.enrolments) {
        if (!isRemindedPlace(enrolment, session) || hasSaidNo(r, session, enrolment.id)) continue;
        due.push({ session, enrolment, kind });
      }
    }
  }
  return due;
}

/** The reminder's Notify fields (docs/notify.md): no family name, no topic, no condition. The
 * three links are made by the server as it sends. */
export const REMINDER_PERSONALISATION_KEYS = [
  'first_name',
  'session_day',
  'session_time',
  'joining_link',
  'cannot_attend_link',
  'opt_out_link',
] as const;
export type ReminderPersonalisation = Record<
  (typeof REMINDER_PERSONALISATION_KEYS)[number],
  string
>;

let dayFormat: Intl.DateTimeFormat | undefined;

/** What a reminder says: the first name, the day and time, and where to join (the session's
 * own video link, else the cohort's; the venue when the group meets face to face). */
export function reminderPersonalisation(
  input: {
    givenName: string;
    session: Pick<Session, 'date' | 'startTime' | 'videoLink'>;
    cohort: Pick<Cohort, 'delivery' | 'videoLink' | 'venue'>;
  },
  links: { cannotAttend: string; optOut: string },
): ReminderPersonalisation {
  dayFormat ??= new Intl.DateTimeFormat('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  });
  const { session, cohort } = input;
  return {
    first_name: input.givenName.trim().split(/\s+/)[0] ?? '',
    session_day: dayFormat.format(new Date(`${session.date}T00:00:00Z`)).replace(/,/g, ''),
    session_time: timeInWords(session.startTime),
    joining_link:
      cohort.delivery === 'online'
        ? session.videoLink || cohort.videoLink
        : cohort.venue || 'the usual venue',
    cannot_attend_link: links.cannotAttend,
    opt_out_link: links.optOut,
  };
}
