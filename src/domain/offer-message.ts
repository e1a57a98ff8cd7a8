import { howToReach, type ContactPreferences } from './contact-preferences';

// What a person is told about an offer of a place, by GOV.UK Notify or, when
// the service has not set Notify up, read or sent by hand. docs/domain.md: a message never carries
// clinical details. It says a place is available, when it starts and how to reply by the
// expiry time. So the personalisation is built from the person's first name, the cohort's day,
// time and venue, and the offer's expiry: never the NHS number, the condition, the referral's
// notes, access needs or urgency, which the types below do not even take.

export interface OfferMessageInput {
  givenName: string;
  cohort: {
    startDate: string;
    startTime: string;
    delivery: 'online' | 'face_to_face';
    venue: string;
  };
  /** The date and time of the first session the person would attend (the next scheduled one
   * for a late joiner), or null when none is scheduled (the cohort's start is used). */
  firstSession: { date: string; startTime: string } | null;
  /** The offer's expiry (ISO date-time). */
  expiresAt: string;
}

/** The fields of the Notify templates (docs/notify.md, "Templates"), as Notify names them. */
export const OFFER_PERSONALISATION_KEYS = [
  'first_name',
  'course_day',
  'course_time',
  'first_session',
  'venue',
  'reply_by',
] as const;
export type OfferPersonalisation = Record<(typeof OFFER_PERSONALISATION_KEYS)[number], string>;

/** What the sent message carries besides: `reply_link`, the person's own link to answer the
 * offer (made by the server as it sends; a script read out by staff has none). */
export const OFFER_MESSAGE_KEYS = [...OFFER_PERSONALISATION_KEYS, 'reply_link'] as const;

// Built at first use, not at import: every page loads the contract's schemas, which name the
// fields below, and a formatter made at import would ship (and run) on all of them.
let formats:
  | {
      dayName: Intl.DateTimeFormat;
      longDate: Intl.DateTimeFormat;
      londonDate: Intl.DateTimeFormat;
      londonTime: Intl.DateTimeFormat;
    }
  | undefined;
function fmt() {
  formats ??= {
    dayName: new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' }),
    longDate: new Intl.DateTimeFormat('en-GB', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }),
    londonDate: new Intl.DateTimeFormat('en-GB', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      timeZone: 'Europe/London',
    }),
    londonTime: new Intl.DateTimeFormat('en-GB', {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: 'Europe/London',
    }),
  };
  return formats;
}

const utcDay = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`);

/** '18:00' -> '6pm', '09:30' -> '9:30am', '12:00' -> '12 noon' (GOV.UK style for times). */
export function timeInWords(hhmm: string): string {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  if (h === 12 && m === 0) return '12 noon';
  if (h === 0 && m === 0) return 'midnight';
  const hour = h % 12 === 0 ? 12 : h % 12;
  return `${hour}${m ? `:${String(m).padStart(2, '0')}` : ''}${h < 12 ? 'am' : 'pm'}`;
}

/** An instant in London words: '5pm on Wednesday 2 December'. */
export function londonMomentInWords(isoDateTime: string): string {
  const at = new Date(isoDateTime);
  return `${timeInWords(fmt().londonTime.format(at))} on ${fmt().londonDate.format(at).replace(/,/g, '')}`;
}

/** The personalisation of the offer's SMS or email: no clinical detail, by construction. */
export function offerPersonalisation(input: OfferMessageInput): OfferPersonalisation {
  const first = input.firstSession ?? {
    date: input.cohort.startDate,
    startTime: input.cohort.startTime,
  };
  return {
    first_name: input.givenName.trim().split(/\s+/)[0] ?? '',
    course_day: fmt().dayName.format(utcDay(first.date)),
    course_time: timeInWords(first.startTime),
    first_session: fmt().longDate.format(utcDay(first.date)).replace(/,/g, ''),
    venue:
      input.cohort.delivery === 'online' || !input.cohort.venue
        ? 'online, by video call'
        : input.cohort.venue,
    reply_by: londonMomentInWords(input.expiresAt),
  };
}

/** What staff read out or send by hand when Notify is not set up: the same facts. A one-off
 * workshop is said to be on its day, never as if it met every week. */
export function offerScript(
  p: OfferPersonalisation,
  kind: 'course' | 'workshop' = 'course',
): string {
  const when =
    kind === 'workshop'
      ? `It is a single session at ${p.course_time} on ${p.first_session}, ${p.venue}.`
      : `It meets on ${p.course_day}s at ${p.course_time}, ${p.venue}, starting on ${p.first_session}.`;
  return (
    // The course by what it is to the person, never by a condition: a text or email can be
    // read by anyone holding the phone.
    `Hello ${p.first_name}, a place has come up for you on the group course you were referred to. ` +
    `${when} Please let us know whether you would like the place by ` +
    `${p.reply_by}. After that it may be offered to someone else.`
  );
}

export type OfferChannel =
  | { channel: 'sms'; templateId: string; to: string }
  | { channel: 'email'; templateId: string; to: string };

/** Where an offer's message goes: the person's contact rule (`howToReach`, an offer is a
 * service message) over the templates the service has; null when none allows a message. */
export function chooseOfferChannel(
  contact: ContactPreferences,
  templates: { offerSmsTemplateId: string | null; offerEmailTemplateId: string | null },
): OfferChannel | null {
  const reach = howToReach(contact, 'offer', {
    sms: Boolean(templates.offerSmsTemplateId),
    email: Boolean(templates.offerEmailTemplateId),
  });
  if ('reason' in reach) return null;
  const templateId =
    reach.channel === 'sms' ? templates.offerSmsTemplateId : templates.offerEmailTemplateId;
  return templateId ? { ...reach, templateId } : null;
}

/** A new service has no Notify templates: offers are contacted by hand until it sets them. */
export const NO_NOTIFY_TEMPLATES = {
  offerSmsTemplateId: null,
  offerEmailTemplateId: null,
  reminderSmsTemplateId: null,
  reminderEmailTemplateId: null,
} as const;
