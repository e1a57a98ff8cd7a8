import { z } from 'zod/mini';
import {
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  optionalText,
  shortText,
  versionSchema,
  text,
} from './common';
import { contactViewSchema } from './contacts';
import { nhsNumberSchema } from './nhs-number';
import { DAYS_OF_WEEK, PARTS_OF_DAY, slotKey } from '../../domain/availability';
import { todayIso } from '../../domain/dates';
import { DECLINE_REASONS } from '../../domain/offers';
import { CLOSE_REASONS } from '../../domain/referral-closure';
import { PREFERRED_CHANNELS } from '../../domain/contact-channels';

export const dayOfWeekSchema = z.enum(DAYS_OF_WEEK);
export const partOfDaySchema = z.enum(PARTS_OF_DAY);
export const slotSchema = z.object({ day: dayOfWeekSchema, time: partOfDaySchema });

/** Day-and-time slots over all seven days, each once (src/domain/availability.ts). */
export const availabilitySchema = z.array(slotSchema).check(
  z.maxLength(DAYS_OF_WEEK.length * PARTS_OF_DAY.length),
  z.refine((slots) => new Set(slots.map(slotKey)).size === slots.length, {
    error: 'Each day and time once',
  }),
);
/** What a referral must give: at least one slot, since availability decides who is suggested. */
export const requiredAvailabilitySchema = availabilitySchema.check(
  z.minLength(1, { error: 'Choose at least one day and time' }),
);

const phoneSchema = z._default(text().check(z.trim(), z.maxLength(30)), '');
const emailSchema = z._default(
  z.union([z.email({ error: 'Enter a valid email address' }), z.literal('')]),
  '',
);
/** How the person wants to hear from the service; absent keeps what the record has (a new
 * person: text messages, with consent to reminders, as the service's own page asks). */
const preferenceFields = {
  contactChannel: z.optional(z.enum(PREFERRED_CHANNELS, { error: 'Choose how to contact them' })),
  remindersConsent: z.optional(z.boolean()),
};
const reachable = z.refine<{ phone: string; email: string }>(
  (v) => v.phone !== '' || v.email !== '',
  { path: ['phone'], error: 'Give a phone number or an email address' },
);

export const referralInputSchema = z
  .object({
    givenName: shortText('Given name', 60),
    familyName: shortText('Family name', 60),
    nhsNumber: nhsNumberSchema,
    dateOfBirth: isoDateSchema,
    borough: shortText('Borough', 60),
    gpPractice: shortText('GP practice', 120),
    phone: phoneSchema,
    email: emailSchema,
    ...preferenceFields,
    referralDate: isoDateSchema,
    availability: requiredAvailabilitySchema,
    accessNeeds: z._default(optionalText('Access needs'), ''),
    urgent: z._default(z.boolean(), false),
    notes: z._default(optionalText('Notes', 1000), ''),
  })
  .check(
    reachable,
    // Dates are compared as London calendar days, the same on the form and the server.
    z.refine((v) => v.referralDate <= todayIso(), {
      path: ['referralDate'],
      error: 'The referral date cannot be in the future',
    }),
    z.refine((v) => v.dateOfBirth < todayIso(), {
      path: ['dateOfBirth'],
      error: 'The date of birth must be in the past',
    }),
  );
export type ReferralInput = z.input<typeof referralInputSchema>;
/** A referral as the server receives it, once parsed (defaults filled in). */
export type NewReferral = z.output<typeof referralInputSchema>;

/** An entry as the service keeps it true. What can change once someone is on the
 * list: contact details (kept on their participant record), availability, urgency, access
 * needs and notes. Saved with If-Match. */
export const referralUpdateSchema = z
  .object({
    phone: phoneSchema,
    email: emailSchema,
    ...preferenceFields,
    availability: requiredAvailabilitySchema,
    accessNeeds: z._default(optionalText('Access needs'), ''),
    urgent: z._default(z.boolean(), false),
    notes: z._default(optionalText('Notes', 1000), ''),
  })
  .check(reachable);
export type ReferralUpdateInput = z.input<typeof referralUpdateSchema>;
export type ReferralUpdate = z.output<typeof referralUpdateSchema>;

export const closeReasonSchema = z.enum(CLOSE_REASONS, { error: 'Choose a reason' });
/** Closing an entry takes a reason from the list; "other" says what in the note. */
export const closeReferralSchema = z
  .object({
    reason: closeReasonSchema,
    note: z._default(optionalText('Note', 300), ''),
  })
  .check(
    z.refine((v) => v.reason !== 'other' || v.note !== '', {
      path: ['note'],
      error: 'Say why the entry is closed',
    }),
  );
export type CloseReferralInput = z.input<typeof closeReferralSchema>;
export const reopenReferralSchema = z.object({});

/** Waiting and offered: on the list. Enrolled or closed: off it (a closed entry can reopen). */
export const referralStatusSchema = z.enum(['waiting', 'offered', 'enrolled', 'closed']);
export const closureSchema = z.object({
  reason: closeReasonSchema,
  note: text(),
  at: isoDateTimeSchema,
  byStaffId: idSchema,
});
export const referralSchema = z.object({
  id: idSchema,
  participantId: idSchema,
  givenName: text(),
  familyName: text(),
  nhsNumber: text(),
  borough: text(),
  gpPractice: text(),
  referralDate: isoDateSchema,
  availability: availabilitySchema,
  accessNeeds: text(),
  urgent: z.boolean(),
  notes: text(),
  status: referralStatusSchema,
  /** Why and when a closed entry was closed; null while open (and after a reopen). */
  closure: z.nullable(closureSchema),
  version: versionSchema,
});
export type Referral = z.infer<typeof referralSchema>;
export type Closure = z.infer<typeof closureSchema>;

export const vacancySchema = z.object({
  id: idSchema,
  cohortId: idSchema,
  freedByEnrolmentId: idSchema,
  openedAt: isoDateTimeSchema,
  status: z.enum(['open', 'filled', 'closed']),
  closedReason: z.nullable(text()),
  version: versionSchema,
});
export type Vacancy = z.infer<typeof vacancySchema>;

export const offerSchema = z.object({
  id: idSchema,
  vacancyId: idSchema,
  referralId: idSchema,
  createdAt: isoDateTimeSchema,
  createdBy: idSchema,
  expiresAt: isoDateTimeSchema,
  status: z.enum(['open', 'accepted', 'declined', 'expired']),
  decidedAt: z.nullable(isoDateTimeSchema),
  /** Why a declined offer was declined; null for any other outcome. */
  declineReason: z.nullable(z.enum(DECLINE_REASONS)),
  declineNote: text(),
  version: versionSchema,
});
export type Offer = z.infer<typeof offerSchema>;

export const declineReasonSchema = z.enum(DECLINE_REASONS, {
  error: 'Choose why the offer was declined',
});
/** The answer to an offer. A decline says why, from the list; "other" says what in the note. */
export const offerOutcomeSchema = z
  .object({
    outcome: z.enum(['accepted', 'declined', 'expired']),
    reason: z.optional(declineReasonSchema),
    note: z._default(optionalText('Note', 300), ''),
  })
  .check(
    z.refine((v) => v.outcome !== 'declined' || v.reason !== undefined, {
      path: ['reason'],
      error: 'Choose why the offer was declined',
    }),
    z.refine((v) => v.reason !== 'other' || v.note !== '', {
      path: ['note'],
      error: 'Say why the offer was declined',
    }),
  );
export type OfferOutcomeInput = z.input<typeof offerOutcomeSchema>;
export type OfferOutcome = z.infer<typeof offerOutcomeSchema>['outcome'];

/** One waiting-list row: only what the list shows and searches (10,000 of these must stay light). */
export const waitingListItemSchema = z.pick(referralSchema, {
  id: true,
  givenName: true,
  familyName: true,
  nhsNumber: true,
  referralDate: true,
  availability: true,
  urgent: true,
  status: true,
});
export type WaitingListItem = z.infer<typeof waitingListItemSchema>;
export const waitingListSchema = z.object({
  items: z.array(waitingListItemSchema),
  today: isoDateSchema,
});

/** The referral with the contact details kept on the person's participant record. */
export const referralDetailSchema = z.extend(referralSchema, {
  dateOfBirth: isoDateSchema,
  phone: z.nullable(text()),
  email: z.nullable(text()),
  contactChannel: z.enum(PREFERRED_CHANNELS),
  remindersConsent: z.boolean(),
  today: isoDateSchema,
  /** Every attempt to reach the person, about the entry or its offers, newest first. */
  contacts: z.array(contactViewSchema),
});
export type ReferralDetail = z.infer<typeof referralDetailSchema>;

/** A 409 for an NHS number already on the list: the entry that has it, to open instead (absent
 * when a concurrent insert lost to the database's constraint, which cannot say which). */
export const existingEntrySchema = z.optional(z.object({ id: idSchema }));
/** A 422 for a borough the course does not serve: why, for the signposting. */
export const ineligibleSchema = z.object({ reason: z.enum(['signpost_camden', 'outside_area']) });
