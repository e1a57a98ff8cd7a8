// What a link sent to a person may be for. Each purpose is bound to one record (its subject)
// and lives as long as that record can be answered: the link's expiry is the purpose's own.
// A new purpose (a questionnaire, say) adds its name here, what its subject is, and a page.

export const LINK_PURPOSES = ['offer_reply'] as const;
export type LinkPurpose = (typeof LINK_PURPOSES)[number];

/** What each purpose's subject id names. */
export const LINK_SUBJECTS: Record<LinkPurpose, 'offer'> = {
  offer_reply: 'offer',
};

/** Where a link's page is served. The token is a path segment, so the request log (which
 * logs route patterns, never URLs) holds `/link/:token` only. */
export const LINK_PATH = '/link';
