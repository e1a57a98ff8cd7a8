import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  customType,
  foreignKey,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  unique,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { Closure } from '../../api/schemas/referrals';
import { SESSION_END_REASONS } from '../../api/schemas/error';
import type { Slot } from '../../domain/availability';
import type { TopicMaterial } from '../../domain/course-messages';
import {
  CONTACT_CHANNELS,
  CONTACT_OUTCOMES,
  DELIVERY_STATUSES,
} from '../../domain/contact-attempts';
import { PREFERRED_CHANNELS } from '../../domain/contact-channels';
import { DEFAULT_SIGNPOSTING } from '../../domain/eligibility';
import { DEFAULT_SESSION_LIMITS, SESSION_LIMIT_BOUNDS } from '../../domain/session-limits';
import { TEMPORARY_PASSWORD_HOURS } from '../../domain/temporary-passwords';
import { DECLINE_REASONS } from '../../domain/offers';
import { ROLES } from '../../domain/policy';
import type { EnrolmentHistoryEntry } from './record-types';

// The service's records, one table each. Column keys are the records' own field names (the
// contract's schemas in src/api/schemas), so a row read back is the record the domain commands
// take. Rules that concurrency could break are constraints here; the domain commands say the
// same in words first (ERROR_STATUS maps a constraint's refusal to the same code).

/** timestamptz read and written as the ISO strings the records carry. */
const isoTimestamp = customType<{ data: string; driverData: string | Date }>({
  dataType: () => 'timestamp(3) with time zone',
  toDriver: (value) => value,
  fromDriver: (value) => new Date(value).toISOString(),
});
const day = (name: string) => date(name, { mode: 'string' });
const version = () => integer('version').notNull().default(1);

export const cohorts = pgTable(
  'cohorts',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    type: text('type', { enum: ['course', 'workshop'] }).notNull(),
    delivery: text('delivery', { enum: ['online', 'face_to_face'] }).notNull(),
    videoLink: text('video_link').notNull().default(''),
    venue: text('venue').notNull().default(''),
    startDate: day('start_date').notNull(),
    startTime: text('start_time').notNull(),
    sessionLengthMinutes: integer('session_length_minutes').notNull(),
    capacity: integer('capacity').notNull(),
    status: text('status', { enum: ['planned', 'running', 'completed', 'cancelled'] }).notNull(),
    cancelReason: text('cancel_reason'),
    version: version(),
  },
  (t) => [check('cohorts_capacity', sql`${t.capacity} between 1 and 20`)],
);

/** 2 or 3 per cohort (the domain checks the count and the discipline mix). */
export const cohortFacilitators = pgTable(
  'cohort_facilitators',
  {
    cohortId: text('cohort_id')
      .notNull()
      .references(() => cohorts.id, { onDelete: 'cascade' }),
    staffId: text('staff_id')
      .notNull()
      .references(() => staffAccounts.id),
    position: smallint('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.cohortId, t.staffId] })],
);

export const courseSessions = pgTable(
  'course_sessions',
  {
    id: text('id').primaryKey(),
    cohortId: text('cohort_id')
      .notNull()
      .references(() => cohorts.id, { onDelete: 'cascade' }),
    number: smallint('number').notNull(),
    date: day('date').notNull(),
    startTime: text('start_time').notNull(),
    topic: text('topic').notNull(),
    status: text('status', { enum: ['scheduled', 'cancelled_by_provider'] }).notNull(),
    registerFinalisedAt: isoTimestamp('register_finalised_at'),
    /** This session's own video link, when it differs from the cohort's (null: the cohort's). */
    videoLink: text('video_link'),
    version: version(),
  },
  (t) => [
    uniqueIndex('course_sessions_number').on(t.cohortId, t.number),
    check('course_sessions_number_range', sql`${t.number} between 1 and 8`),
    check(
      'course_sessions_video_link',
      sql`${t.videoLink} is null or ${t.videoLink} ~ '^https://'`,
    ),
  ],
);

export const participants = pgTable(
  'participants',
  {
    id: text('id').primaryKey(),
    givenName: text('given_name').notNull(),
    familyName: text('family_name').notNull(),
    nhsNumber: text('nhs_number').notNull().unique('participants_nhs_number'),
    dateOfBirth: day('date_of_birth').notNull(),
    borough: text('borough').notNull(),
    phone: text('phone'),
    email: text('email'),
    /** How the person wants to hear from the service (src/domain/contact-preferences.ts). */
    contactChannel: text('contact_channel', { enum: PREFERRED_CHANNELS }).notNull().default('text'),
    /** Consent to reminders and missed material; an opt-out link clears it. */
    remindersConsent: boolean('reminders_consent').notNull().default(true),
  },
  (t) => [
    check(
      'participants_contact_channel',
      sql`${t.contactChannel} in (${sql.raw(PREFERRED_CHANNELS.map((c) => `'${c}'`).join(', '))})`,
    ),
  ],
);

const ENROLMENT_STATUSES = [
  'offered',
  'confirmed',
  'active',
  'completed',
  'withdrawn',
  'transferred',
  'removed_after_absences',
] as const;

export const enrolments = pgTable(
  'enrolments',
  {
    id: text('id').primaryKey(),
    cohortId: text('cohort_id')
      .notNull()
      .references(() => cohorts.id),
    participantId: text('participant_id')
      .notNull()
      .references(() => participants.id),
    status: text('status', { enum: ENROLMENT_STATUSES }).notNull(),
    joinedOn: day('joined_on').notNull(),
    agreementRecordedAt: isoTimestamp('agreement_recorded_at'),
    /** Every status change, in order: appended by the commands, never rewritten. */
    history: jsonb('history').$type<EnrolmentHistoryEntry[]>().notNull(),
    version: version(),
  },
  (t) => [
    index('enrolments_cohort').on(t.cohortId),
    index('enrolments_participant').on(t.participantId),
    // Capacity and "one place per person at a time" are triggers (migration 0003), not a
    // unique index: whether a place counts depends on the other cohort's dates (a place in a
    // cancelled or finished cohort does not stop a new one), which an index cannot see.
  ],
);

export const attendance = pgTable(
  'attendance',
  {
    id: text('id').primaryKey(),
    sessionId: text('session_id')
      .notNull()
      .references(() => courseSessions.id, { onDelete: 'cascade' }),
    enrolmentId: text('enrolment_id')
      .notNull()
      .references(() => enrolments.id),
    code: smallint('code').$type<0 | 2 | 3 | 4 | 5 | 6 | 7>(),
    note: text('note').notNull().default(''),
    catchUpSent: boolean('catch_up_sent').notNull().default(false),
    updatedAt: isoTimestamp('updated_at'),
    updatedBy: text('updated_by'),
    version: version(),
  },
  (t) => [
    uniqueIndex('attendance_one_mark').on(t.sessionId, t.enrolmentId),
    check('attendance_code', sql`${t.code} is null or ${t.code} in (0, 2, 3, 4, 5, 6, 7)`),
  ],
);

export const referrals = pgTable(
  'referrals',
  {
    id: text('id').primaryKey(),
    participantId: text('participant_id')
      .notNull()
      .references(() => participants.id),
    givenName: text('given_name').notNull(),
    familyName: text('family_name').notNull(),
    nhsNumber: text('nhs_number').notNull(),
    borough: text('borough').notNull(),
    gpPractice: text('gp_practice').notNull(),
    referralDate: day('referral_date').notNull(),
    /** Day-and-time slots, `[{ "day": "sat", "time": "morning" }, ...]` (migration 0008
     * turned the earlier `{ days, times }` into the slots it meant). */
    availability: jsonb('availability').$type<Slot[]>().notNull(),
    accessNeeds: text('access_needs').notNull().default(''),
    urgent: boolean('urgent').notNull().default(false),
    notes: text('notes').notNull().default(''),
    status: text('status', { enum: ['waiting', 'offered', 'enrolled', 'closed'] }).notNull(),
    /** Why and when a closed entry was closed (null while open). */
    closure: jsonb('closure').$type<Closure>(),
    version: version(),
  },
  (t) => [
    index('referrals_waiting_order').on(t.status, t.urgent, t.referralDate),
    // The waiting list's first page: the people on it in priority order (waiting-list-query.ts).
    index('referrals_open_priority')
      .on(t.urgent.desc().nullsFirst(), t.referralDate, sql`${t.id} collate "C"`)
      .where(sql`${t.status} in ('waiting', 'offered')`),
    // Reads by need (records.ts): a person's referrals, and a referral by NHS number.
    index('referrals_participant').on(t.participantId),
    index('referrals_nhs_number').on(t.nhsNumber),
    // Text search of the list (waiting-list-query.ts): a name or NHS number containing the
    // words, by trigram (pg_trgm), so 100,000 entries are never scanned for it.
    index('referrals_name_trgm').using(
      'gin',
      sql`lower(${t.givenName} || ' ' || ${t.familyName}) gin_trgm_ops`,
    ),
    index('referrals_nhs_number_trgm').using('gin', sql`${t.nhsNumber} gin_trgm_ops`),
    // A search too short for a trigram (one or two letters) still reads every entry on the list
    // to count the matches: this narrow copy of what it reads (the migration adds the names and
    // NHS number as INCLUDE columns, which Drizzle cannot say) lets it do so without the heap.
    index('referrals_open_search')
      .on(sql`lower(${t.givenName} || ' ' || ${t.familyName})`)
      .where(sql`${t.status} in ('waiting', 'offered')`),
    // One entry on the list per NHS number.
    uniqueIndex('referrals_one_entry_per_nhs_number')
      .on(t.nhsNumber)
      .where(sql`${t.status} in ('waiting', 'offered')`),
  ],
);

export const vacancies = pgTable('vacancies', {
  id: text('id').primaryKey(),
  cohortId: text('cohort_id')
    .notNull()
    .references(() => cohorts.id),
  freedByEnrolmentId: text('freed_by_enrolment_id')
    .notNull()
    .references(() => enrolments.id),
  openedAt: isoTimestamp('opened_at').notNull(),
  status: text('status', { enum: ['open', 'filled', 'closed'] }).notNull(),
  closedReason: text('closed_reason'),
  version: version(),
});

export const offers = pgTable(
  'offers',
  {
    id: text('id').primaryKey(),
    vacancyId: text('vacancy_id')
      .notNull()
      .references(() => vacancies.id),
    referralId: text('referral_id')
      .notNull()
      .references(() => referrals.id),
    createdAt: isoTimestamp('created_at').notNull(),
    createdBy: text('created_by').notNull(),
    expiresAt: isoTimestamp('expires_at').notNull(),
    status: text('status', { enum: ['open', 'accepted', 'declined', 'expired'] }).notNull(),
    decidedAt: isoTimestamp('decided_at'),
    /** Why a declined offer was declined; only a declined offer has one. */
    declineReason: text('decline_reason', { enum: DECLINE_REASONS }),
    declineNote: text('decline_note').notNull().default(''),
    version: version(),
  },
  (t) => [
    // Declines recorded before reasons were asked for have none; the domain asks for one now.
    check('offers_decline_reason', sql`${t.declineReason} is null or ${t.status} = 'declined'`),
    // One open offer per vacancy and per person.
    uniqueIndex('offers_one_open_per_vacancy')
      .on(t.vacancyId)
      .where(sql`${t.status} = 'open'`),
    uniqueIndex('offers_one_open_per_person')
      .on(t.referralId)
      .where(sql`${t.status} = 'open'`),
    // What a contact attempt about an offer points to: the offer and the entry it was made to.
    unique('offers_id_referral').on(t.id, t.referralId),
  ],
);

export const flagReviews = pgTable('flag_reviews', {
  id: text('id').primaryKey(),
  enrolmentId: text('enrolment_id')
    .notNull()
    .references(() => enrolments.id),
  reason: text('reason').notNull(),
  at: isoTimestamp('at').notNull(),
  byStaffId: text('by_staff_id').notNull(),
  absencesAtReview: integer('absences_at_review').notNull(),
});

export const flagContacts = pgTable('flag_contacts', {
  id: text('id').primaryKey(),
  enrolmentId: text('enrolment_id')
    .notNull()
    .references(() => enrolments.id),
  date: day('date').notNull(),
  byStaffId: text('by_staff_id').notNull(),
  note: text('note').notNull(),
});

/** Attempts to reach someone on the list, about their entry or one of its offers.
 * An attempt about an offer names the offer's own referral (the composite key), so the count
 * of failed attempts on an entry (src/domain/contact-attempts.ts) can be read by referral. */
export const contactAttempts = pgTable(
  'contact_attempts',
  {
    id: text('id').primaryKey(),
    referralId: text('referral_id')
      .notNull()
      .references(() => referrals.id),
    offerId: text('offer_id'),
    /** A message about a session (a reminder), sent by GOV.UK Notify. */
    sessionId: text('session_id').references(() => courseSessions.id),
    channel: text('channel', { enum: CONTACT_CHANNELS }).notNull(),
    outcome: text('outcome', { enum: CONTACT_OUTCOMES }).notNull(),
    outcomeText: text('outcome_text').notNull().default(''),
    note: text('note').notNull().default(''),
    at: isoTimestamp('at').notNull(),
    recordedAt: isoTimestamp('recorded_at').notNull(),
    /** Null: the offer's message, sent by GOV.UK Notify. */
    byStaffId: text('by_staff_id').references(() => staffAccounts.id),
    /** Notify's id for the message; null when Notify refused it (and for staff's attempts). */
    notifyMessageId: text('notify_message_id'),
    deliveryStatus: text('delivery_status', { enum: DELIVERY_STATUSES }),
  },
  (t) => [
    foreignKey({
      name: 'contact_attempts_offer_of_referral',
      columns: [t.offerId, t.referralId],
      foreignColumns: [offers.id, offers.referralId],
    }),
    index('contact_attempts_referral').on(t.referralId),
    check(
      'contact_attempts_channel',
      sql`${t.channel} in (${sql.raw(CONTACT_CHANNELS.map((c) => `'${c}'`).join(', '))})`,
    ),
    check(
      'contact_attempts_outcome',
      sql`${t.outcome} in (${sql.raw(CONTACT_OUTCOMES.map((c) => `'${c}'`).join(', '))})`,
    ),
    // "Other" says what happened; no other outcome carries words of its own.
    check('contact_attempts_other_text', sql`(${t.outcome} = 'other') = (${t.outcomeText} <> '')`),
    check('contact_attempts_note_length', sql`char_length(${t.note}) <= 300`),
    // Never in the future (a minute's grace for clocks), never before it was possible to log.
    check('contact_attempts_not_future', sql`${t.at} <= ${t.recordedAt} + interval '1 minute'`),
    // Notify's messages: about an offer (or, with no offer, a session's questionnaire link), by
    // text or email, with a status, and no member of staff; staff's attempts have none of Notify's columns and never its outcomes.
    check(
      'contact_attempts_notify_message',
      sql`${t.channel} = 'link' or ((${t.byStaffId} is null) = (${t.deliveryStatus} is not null)
        and (${t.byStaffId} is not null or (${t.channel} in ('sms', 'email')
          and ${t.outcome} in ('message_sent', 'message_not_sent')
          and (${t.notifyMessageId} is not null) = (${t.outcome} = 'message_sent')
          and (${t.deliveryStatus} = 'not-sent') = (${t.outcome} = 'message_not_sent')))
        and (${t.byStaffId} is null or ${t.notifyMessageId} is null)
        and ${t.outcome} not in ('accepted_by_link', 'declined_by_link'))`,
    ),
    // The person's own answer to an offer, by its link: no member of staff, nothing of Notify.
    check(
      'contact_attempts_by_link',
      sql`${t.channel} <> 'link' or (${t.byStaffId} is null and ${t.offerId} is not null
        and ${t.notifyMessageId} is null and ${t.deliveryStatus} is null
        and ${t.outcome} in ('accepted_by_link', 'declined_by_link'))`,
    ),
    check(
      'contact_attempts_delivery_status',
      sql`${t.deliveryStatus} in (${sql.raw(DELIVERY_STATUSES.map((c) => `'${c}'`).join(', '))})`,
    ),
    // The delivery-status job looks for messages not yet final.
    index('contact_attempts_notify_pending')
      .on(t.deliveryStatus)
      .where(sql`${t.deliveryStatus} in ('created', 'sending')`),
  ],
);

/** A Notify template id, as the settings schema takes it (lower case). */
const UUID_PATTERN = sql.raw(`'^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'`);

/** A column between the domain's bounds, as literals (a check constraint takes no parameters). */
function within(column: AnyPgColumn, { min, max }: { min: number; max: number }) {
  return sql`${column} between ${sql.raw(String(min))} and ${sql.raw(String(max))}`;
}

/** One row: the service's settings. */
export const serviceSettings = pgTable(
  'service_settings',
  {
    id: smallint('id').primaryKey().default(1),
    absenceThreshold: integer('absence_threshold').notNull(),
    lateJoinCutoffSession: integer('late_join_cutoff_session').notNull(),
    completionMinSessions: integer('completion_min_sessions').notNull(),
    camdenSignpost: text('camden_signpost').notNull().default(DEFAULT_SIGNPOSTING.camdenSignpost),
    otherAreaSignpost: text('other_area_signpost')
      .notNull()
      .default(DEFAULT_SIGNPOSTING.otherAreaSignpost),
    /** GOV.UK Notify template ids; the API key is never in the database. */
    offerSmsTemplateId: text('offer_sms_template_id'),
    offerEmailTemplateId: text('offer_email_template_id'),
    materialSmsTemplateId: text('material_sms_template_id'),
    materialEmailTemplateId: text('material_email_template_id'),
    /** `[{ "topic": "Sleep and pain", "link": "https://..." }]` (docs/missed-material.md). */
    topicMaterials: jsonb('topic_materials').$type<TopicMaterial[]>().notNull().default([]),
    groupSmsTemplateId: text('group_sms_template_id'),
    groupEmailTemplateId: text('group_email_template_id'),
    /** Reminders before each session (src/domain/reminders.ts): the day before at this London
     * time ('HH:MM'; null: none), and/or two hours before; sent with these templates. */
    reminderDayBeforeAt: text('reminder_day_before_at').default('18:00'),
    reminderTwoHoursBefore: boolean('reminder_two_hours_before').notNull().default(false),
    reminderSmsTemplateId: text('reminder_sms_template_id'),
    reminderEmailTemplateId: text('reminder_email_template_id'),
    sessionIdleMinutes: integer('session_idle_minutes')
      .notNull()
      .default(DEFAULT_SESSION_LIMITS.sessionIdleMinutes),
    sessionMaxHours: integer('session_max_hours')
      .notNull()
      .default(DEFAULT_SESSION_LIMITS.sessionMaxHours),
    temporaryPasswordHours: integer('temporary_password_hours')
      .notNull()
      .default(TEMPORARY_PASSWORD_HOURS.default),
    version: version(),
  },
  (t) => [
    check('service_settings_one_row', sql`${t.id} = 1`),
    check(
      'service_settings_template_ids',
      sql`${t.offerSmsTemplateId} ~ ${UUID_PATTERN} and ${t.offerEmailTemplateId} ~ ${UUID_PATTERN}`,
    ),
    check(
      'service_settings_message_template_ids',
      sql`${t.materialSmsTemplateId} ~ ${UUID_PATTERN} and ${t.materialEmailTemplateId} ~ ${UUID_PATTERN}
        and ${t.groupSmsTemplateId} ~ ${UUID_PATTERN} and ${t.groupEmailTemplateId} ~ ${UUID_PATTERN}`,
    ),
    check('service_settings_topic_materials', sql`jsonb_typeof(${t.topicMaterials}) = 'array'`),
    check(
      'service_settings_reminder_templates',
      sql`${t.reminderSmsTemplateId} ~ ${UUID_PATTERN} and ${t.reminderEmailTemplateId} ~ ${UUID_PATTERN}`,
    ),
    check(
      'service_settings_reminder_time',
      sql`${t.reminderDayBeforeAt} ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`,
    ),
    check(
      'service_settings_session_idle_minutes',
      within(t.sessionIdleMinutes, SESSION_LIMIT_BOUNDS.sessionIdleMinutes),
    ),
    check(
      'service_settings_session_max_hours',
      within(t.sessionMaxHours, SESSION_LIMIT_BOUNDS.sessionMaxHours),
    ),
    check(
      'service_settings_temporary_password_hours',
      within(t.temporaryPasswordHours, TEMPORARY_PASSWORD_HOURS),
    ),
  ],
);

/** Staff accounts: local passwords are argon2id hashes (never the password). */
export const staffAccounts = pgTable(
  'staff_accounts',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    email: text('email').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    discipline: text('discipline', { enum: ['psychology', 'physiotherapy'] }),
    passwordHash: text('password_hash'),
    /** Set with a temporary password: the next sign-in must choose a new one. */
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    /** When the temporary password was set (by a trigger: any write that sets one), so it
     * expires after the service's temporaryPasswordHours; null once a password is chosen. */
    temporaryPasswordSetAt: text('temporary_password_set_at'),
    active: boolean('active').notNull().default(true),
    deactivationReason: text('deactivation_reason'),
    version: version(),
    /** Single sign-on: the identity this account is bound to, the provider's issuer
     * and its subject (for Entra ID the object id within the issuer's tenant). Bound at the
     * first single sign-on, by email, and only ever matched by these two afterwards. */
    oidcIssuer: text('oidc_issuer'),
    oidcSubject: text('oidc_subject'),
  },
  (t) => [
    // Sign-in matches emails whatever their case, so two accounts may not differ only by case.
    uniqueIndex('staff_accounts_email').on(sql`lower(${t.email})`),
    // A deactivated account says why; an active one has no reason.
    check(
      'staff_accounts_deactivation_reason',
      sql`${t.active} = (${t.deactivationReason} is null)`,
    ),
    // One account per identity; both or neither.
    uniqueIndex('staff_accounts_oidc_identity').on(t.oidcIssuer, t.oidcSubject),
    check(
      'staff_accounts_oidc_both_or_neither',
      sql`(${t.oidcIssuer} is null) = (${t.oidcSubject} is null)`,
    ),
  ],
);

/** Signed-in sessions: only a hash of each token is stored; idle and absolute expiry. */
export const userSessions = pgTable(
  'user_sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    staffId: text('staff_id')
      .notNull()
      .references(() => staffAccounts.id),
    createdAt: isoTimestamp('created_at').notNull(),
    lastSeenAt: isoTimestamp('last_seen_at').notNull(),
    endedAt: isoTimestamp('ended_at'),
    /** Why it ended (src/api/schemas/error.ts sessionEndReasonSchema): a 401 says so. */
    endedReason: text('ended_reason', { enum: SESSION_END_REASONS }),
  },
  (t) => [
    index('user_sessions_staff').on(t.staffId),
    check(
      'user_sessions_ended_reason',
      sql`${t.endedReason} is null or ${t.endedReason} in (${sql.raw(SESSION_END_REASONS.map((r) => `'${r}'`).join(', '))})`,
    ),
  ],
);

/** Failed sign-ins, for throttling (src/server/auth/throttle.ts): kept in the database so every
 * instance counts the same attempts. The email as typed, lower case (whether or not an account
 * has it, so the limit says nothing about which exist), and the client's address. Rows older
 * than a day are purged. */
export const signInFailures = pgTable(
  'sign_in_failures',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: isoTimestamp('at').notNull(),
    emailKey: text('email_key').notNull(),
    address: text('address').notNull(),
  },
  (t) => [
    index('sign_in_failures_email').on(t.emailKey, t.at),
    index('sign_in_failures_address').on(t.address, t.at),
    index('sign_in_failures_at').on(t.at),
  ],
);

/** The key each account's browser outbox is encrypted with (src/server/auth/
 * outbox-keys.ts): 32 random bytes made at the account's first ask, the same for every session
 * of the account. `wrapping` 'aes-256-gcm': `secret` is the key sealed under OUTBOX_KEY_SECRET
 * (iv, ciphertext and tag), with the account's id as additional data so a sealed key moved to
 * another account's row does not open; 'none': the key itself (no secret configured). Kept
 * apart from staff_accounts so no read of an account ever carries it. */
export const outboxKeys = pgTable(
  'outbox_keys',
  {
    staffId: text('staff_id')
      .primaryKey()
      .references(() => staffAccounts.id),
    wrapping: text('wrapping', { enum: ['none', 'aes-256-gcm'] }).notNull(),
    secret: text('secret').notNull(),
    createdAt: isoTimestamp('created_at').notNull(),
  },
  (t) => [check('outbox_keys_wrapping', sql`${t.wrapping} in ('none', 'aes-256-gcm')`)],
);

/** A whole instrument or none (src/domain/measures.ts): the right count, each in range. */
const wholeInstrument = (column: AnyPgColumn, items: number, itemMax: number) =>
  sql`${column} is null or (cardinality(${column}) = ${sql.raw(String(items))}
      and 0 <= all(${column}) and ${sql.raw(String(itemMax))} >= all(${column}))`;

/** Outcome measures: one answer set per person per session. */
export const sessionMeasures = pgTable(
  'session_measures',
  {
    id: text('id').primaryKey(),
    sessionId: text('session_id')
      .notNull()
      .references(() => courseSessions.id),
    enrolmentId: text('enrolment_id')
      .notNull()
      .references(() => enrolments.id),
    phq9: integer('phq9').array(),
    gad7: integer('gad7').array(),
    wsas: integer('wsas').array(),
    pain: jsonb('pain').$type<{ intensity: number; interference: number }>(),
    enteredBy: text('entered_by', { enum: ['staff', 'person'] }).notNull(),
    enteredById: text('entered_by_id'),
    updatedAt: isoTimestamp('updated_at').notNull(),
    version: version(),
  },
  (t) => [
    uniqueIndex('session_measures_one_set').on(t.sessionId, t.enrolmentId),
    check('session_measures_phq9', wholeInstrument(t.phq9, 9, 3)),
    check('session_measures_gad7', wholeInstrument(t.gad7, 7, 3)),
    check('session_measures_wsas', wholeInstrument(t.wsas, 5, 8)),
  ],
);

/** Safety alerts (PHQ-9 item 9 above 0): one per person per session, open until reviewed. */
export const safetyAlerts = pgTable(
  'safety_alerts',
  {
    id: text('id').primaryKey(),
    enrolmentId: text('enrolment_id')
      .notNull()
      .references(() => enrolments.id),
    sessionId: text('session_id')
      .notNull()
      .references(() => courseSessions.id),
    cohortId: text('cohort_id')
      .notNull()
      .references(() => cohorts.id),
    raisedAt: isoTimestamp('raised_at').notNull(),
    raisedBy: text('raised_by').notNull(),
    status: text('status', { enum: ['open', 'reviewed'] }).notNull(),
    action: text('action', { enum: ['called', 'urgent_referral', 'no_action'] }),
    note: text('note').notNull().default(''),
    reviewedBy: text('reviewed_by'),
    reviewedAt: isoTimestamp('reviewed_at'),
    version: version(),
  },
  (t) => [
    uniqueIndex('safety_alerts_one_per_session').on(t.sessionId, t.enrolmentId),
    index('safety_alerts_open')
      .on(t.cohortId)
      .where(sql`${t.status} = 'open'`),
    // A review says what was done, by whom and when; "no action" says why.
    check(
      'safety_alerts_review',
      sql`(${t.status} = 'open') = (${t.action} is null and ${t.reviewedBy} is null and ${t.reviewedAt} is null)`,
    ),
    check('safety_alerts_no_action_reason', sql`${t.action} <> 'no_action' or ${t.note} <> ''`),
  ],
);
