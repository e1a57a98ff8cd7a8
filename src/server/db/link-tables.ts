import { sql } from 'drizzle-orm';
import { bigint, check, customType, index, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { LINK_PURPOSES } from '../links/link-purposes';
import { participants } from './domain-tables';

// Links sent to the people on the course (src/server/links): only the token's hash is kept, so
// a copy of the database opens no link.

const isoTimestamp = customType<{ data: string; driverData: string | Date }>({
  dataType: () => 'timestamp(3) with time zone',
  toDriver: (value) => value,
  fromDriver: (value) => new Date(value).toISOString(),
});

/** One link: a person, a purpose and its subject (an offer), until it expires or is used. */
export const participantLinks = pgTable(
  'participant_links',
  {
    /** Not secret: what the audit trail names as the actor of what was done through it. */
    id: text('id').primaryKey(),
    /** SHA-256 of the token, hex. The token itself is never stored. */
    tokenHash: text('token_hash').notNull().unique('participant_links_token_hash'),
    purpose: text('purpose', { enum: LINK_PURPOSES }).notNull(),
    participantId: text('participant_id')
      .notNull()
      .references(() => participants.id),
    subjectId: text('subject_id').notNull(),
    createdAt: isoTimestamp('created_at').notNull(),
    expiresAt: isoTimestamp('expires_at').notNull(),
    usedAt: isoTimestamp('used_at'),
    /** A questionnaire's answers between its screens (one question a screen): kept here, tied
     * to the link, until each instrument is whole and recorded as the person's answer set. */
    draft: jsonb('draft').$type<Partial<Record<string, (number | null)[]>>>(),
  },
  (t) => [
    index('participant_links_subject').on(t.purpose, t.subjectId),
    check(
      'participant_links_purpose',
      sql`${t.purpose} in (${sql.raw(LINK_PURPOSES.map((p) => `'${p}'`).join(', '))})`,
    ),
    check('participant_links_token_hash_shape', sql`${t.tokenHash} ~ '^[0-9a-f]{64}$'`),
  ],
);

/** Tokens that matched no link, by client address: the guess limit counts them
 * (./links/link-throttle.ts). Purged after a day. */
export const linkFailures = pgTable(
  'link_failures',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: isoTimestamp('at').notNull(),
    address: text('address').notNull(),
  },
  (t) => [index('link_failures_address').on(t.address, t.at), index('link_failures_at').on(t.at)],
);
