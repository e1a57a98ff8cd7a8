import type { AttendanceCode } from './attendance-codes';
import { countsAsAbsence } from './attendance-codes';
import type { IsoDate } from './dates';
import { addDays } from './dates';
import { holdsPlace, type EnrolmentState, wasEnrolledOn } from './enrolment';
import { timeInWords } from './offer-message';

// Messages to the people on a course (docs/missed-material.md). docs/domain.md: after a
// session, everyone absent or cancelled gets that session's material once; material belongs to
// a topic. A message says only the first name, the session's day, date and time and the link:
// never the topic's title (it could say what the course is for), a family name or anything
// clinical.

/** The fields of the Notify templates, under the keys services put in their templates. */
export const MATERIAL_KEYS = [
  'first_name',
  'session_date',
  'material_link',
  'opt_out_link',
] as const;
export const GROUP_MESSAGE_KEYS = ['first_name', 'session_date', 'session_time', 'change'] as const;
export type MaterialPersonalisation = Record<(typeof MATERIAL_KEYS)[number], string>;
export type GroupPersonalisation = Record<(typeof GROUP_MESSAGE_KEYS)[number], string>;

/** Material is sent for a session held up to this many days ago: an older absence was dealt
 * with by hand before the service sent material by Notify. */
export const MATERIAL_WINDOW_DAYS = 14;

/** The links per topic, in the service's settings. */
export interface TopicMaterial {
  topic: string;
  link: string;
}

/** A topic's material link, matched on its words (case and spacing aside), or null. */
export function materialFor(materials: readonly TopicMaterial[], topic: string): string | null {
  const key = (t: string) => t.trim().replace(/\s+/g, ' ').toLowerCase();
  return materials.find((m) => key(m.topic) === key(topic))?.link ?? null;
}

let longDate: Intl.DateTimeFormat | undefined;
/** 'Monday 7 December' for an ISO date. */
export function dayInWords(date: IsoDate): string {
  longDate ??= new Intl.DateTimeFormat('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  });
  return longDate.format(new Date(`${date}T00:00:00Z`)).replace(/,/g, '');
}

const firstName = (givenName: string) => givenName.trim().split(/\s+/)[0] ?? '';

export function materialPersonalisation(input: {
  givenName: string;
  sessionDate: IsoDate;
  link: string;
  /** Material is a courtesy message: it carries the person's way to turn such messages off. */
  optOutLink: string;
}): MaterialPersonalisation {
  return {
    first_name: firstName(input.givenName),
    session_date: dayInWords(input.sessionDate),
    material_link: input.link,
    opt_out_link: input.optOutLink,
  };
}

export type SessionChange = { kind: 'cancelled' } | { kind: 'moved'; to: IsoDate };

export function groupPersonalisation(input: {
  givenName: string;
  sessionDate: IsoDate;
  startTime: string;
  change: SessionChange;
}): GroupPersonalisation {
  return {
    first_name: firstName(input.givenName),
    session_date: dayInWords(input.sessionDate),
    session_time: timeInWords(input.startTime),
    change:
      input.change.kind === 'cancelled'
        ? 'is cancelled'
        : `has moved to ${dayInWords(input.change.to)} at ${timeInWords(input.startTime)}`,
  };
}

interface PlaceLike {
  id: string;
  cohortId: string;
  status: EnrolmentState;
  joinedOn: IsoDate;
  history: { status: EnrolmentState; at: string }[];
}

/** Who a session's missed material is for: on its register, and absent (codes 2, 3, 7). A
 * session the service cancelled missed no one. */
export function missedBy<E extends PlaceLike>(
  session: { id: string; cohortId: string; date: IsoDate; status: string },
  enrolments: readonly E[],
  codeOf: (enrolmentId: string) => AttendanceCode | null,
): E[] {
  if (session.status !== 'scheduled') return [];
  return enrolments.filter((e) => {
    if (e.cohortId !== session.cohortId || !wasEnrolledOn(e, session.date)) return false;
    const code = codeOf(e.id);
    return code !== null && countsAsAbsence(code);
  });
}

/** Whether a session is recent enough for its material to be sent now. */
export function withinMaterialWindow(sessionDate: IsoDate, today: IsoDate): boolean {
  return sessionDate <= today && sessionDate >= addDays(today, -MATERIAL_WINDOW_DAYS);
}

/** Everyone placed in the cohort now, for a message to the whole group. */
export function placedInCohort<E extends Pick<PlaceLike, 'cohortId' | 'status'>>(
  enrolments: readonly E[],
  cohortId: string,
): E[] {
  return enrolments.filter(
    (e) => e.cohortId === cohortId && holdsPlace(e.status) && e.status !== 'completed',
  );
}

/** A new service sends no course messages until it sets templates and material. */
export const NO_COURSE_MESSAGES = {
  materialSmsTemplateId: null,
  materialEmailTemplateId: null,
  topicMaterials: [] as TopicMaterial[],
  groupSmsTemplateId: null,
  groupEmailTemplateId: null,
};
