// What a link sent to a person may be for. Each purpose is bound to one record (its subject)
// and lives as long as that record can be answered: the link's expiry is the purpose's own.
// A new purpose (a questionnaire, say) adds its name here, what its subject is, and a page.

export const LINK_PURPOSES = ['offer_reply', 'cannot_attend', 'questionnaire', 'opt_out'] as const;
export type LinkPurpose = (typeof LINK_PURPOSES)[number];

/** What each purpose's subject id names. */
export const LINK_SUBJECTS: Record<LinkPurpose, 'offer' | 'enrolment' | 'session' | 'participant'> =
  {
    // One offer: answered once, until the offer's expiry.
    offer_reply: 'offer',
    // A person's place: every session still to come, until the last one (a reminder's link).
    cannot_attend: 'enrolment',
    // One session's questionnaire: the person's answers before (or at) that session, until it
    // ends (questionnaire-link.ts).
    questionnaire: 'session',
    // The person: turns off reminders and missed material (consent), from any such message.
    opt_out: 'participant',
  };

/** Where a link's page is served. The token is a path segment, so the request log (which
 * logs route patterns, never URLs) holds `/link/:token` only. */
export const LINK_PATH = '/link';
