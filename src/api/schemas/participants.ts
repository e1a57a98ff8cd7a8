import { z } from 'zod/mini';
import {
  idSchema,
  intSchema,
  isoDateSchema,
  isoDateTimeSchema,
  versionSchema,
  text,
} from './common';
import { PREFERRED_CHANNELS } from '../../domain/contact-channels';

export const participantSchema = z.object({
  id: idSchema,
  givenName: text(),
  familyName: text(),
  nhsNumber: text(),
  dateOfBirth: isoDateSchema,
  borough: text(),
  phone: z.nullable(text()),
  email: z.nullable(text()),
  contactChannel: z.enum(PREFERRED_CHANNELS),
  remindersConsent: z.boolean(),
});
export type Participant = z.infer<typeof participantSchema>;
export const participantListSchema = z.object({ items: z.array(participantSchema) });

/** docs/domain.md "Words": enrolment statuses. */
export const enrolmentStatusSchema = z.enum([
  'offered',
  'confirmed',
  'active',
  'completed',
  'withdrawn',
  'transferred',
  'removed_after_absences',
]);
export type EnrolmentStatus = z.infer<typeof enrolmentStatusSchema>;

export const enrolmentHistoryEntrySchema = z.object({
  status: enrolmentStatusSchema,
  at: isoDateTimeSchema,
  byStaffId: idSchema,
  note: z.nullable(text()),
});

export const enrolmentSchema = z.object({
  id: idSchema,
  cohortId: idSchema,
  participantId: idSchema,
  status: enrolmentStatusSchema,
  joinedOn: isoDateSchema,
  agreementRecordedAt: z.nullable(isoDateTimeSchema),
  history: z.array(enrolmentHistoryEntrySchema),
  version: versionSchema,
});
export type Enrolment = z.infer<typeof enrolmentSchema>;

/** An enrolment as the cohort page and the register list it: the person's name only (never in
 * a URL). NHS numbers are left out: a register does not need them (data minimisation). */
export const rosterEntrySchema = z.extend(enrolmentSchema, {
  participant: z.pick(participantSchema, { id: true, givenName: true, familyName: true }),
  /** Absences so far and the flag they make, by the shared rule (src/domain/absence.ts). */
  absences: intSchema.check(z.nonnegative()),
  flagStatus: z.enum(['ok', 'at_risk', 'breached']),
});
export type RosterEntry = z.infer<typeof rosterEntrySchema>;
export const rosterSchema = z.object({ items: z.array(rosterEntrySchema) });

export const createEnrolmentSchema = z.object({
  participantId: idSchema,
  agreementRecorded: z._default(z.boolean(), false),
});
/** PATCH /enrolments/:id records the group agreement and nothing else: a status changes only
 * through the endpoint whose rules apply (withdraw opens a vacancy, transfer moves the place). */
export const agreementRequestSchema = z.strictObject({ agreementRecorded: z.literal(true) });
