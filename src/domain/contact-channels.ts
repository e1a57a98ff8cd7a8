// The channels a person may ask to hear from the service by: the vocabulary the schemas and
// the database check share, apart from the rule that uses it (./contact-preferences.ts), so
// a page that only shows or edits a person's record does not load the rule.

export const PREFERRED_CHANNELS = ['text', 'email', 'letter'] as const;
export type PreferredChannel = (typeof PREFERRED_CHANNELS)[number];

export const isPreferredChannel = (v: unknown): v is PreferredChannel =>
  (PREFERRED_CHANNELS as readonly unknown[]).includes(v);
