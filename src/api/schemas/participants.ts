import { z } from 'zod';
import { isValidNhsNumber, normaliseNhsNumber } from '../../domain/nhs-number';
import { idSchema, isoDateSchema, isoDateTimeSchema, shortText, versionSchema } from './common';

export const nhsNumberSchema = z
  .string({ error: 'Enter an NHS number' })
  .transform(normaliseNhsNumber)
  .refine(isValidNhsNumber, { error: 'Enter a valid 10-digit NHS number, like 943 476 5919' });

export const participantSchema = z.object({
  id: idSchema,
  givenName: z.string(),
  familyName: z.string(),
  nhsNumber: z.string(),
  dateOfBirth: isoDateSchema,
  borough: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
});
export type Participant = z.infer<typeof participantSchema>;
export const participantListSchema = z.object({ items: z.array(participantSchema) });

export const participantInputSchema = z.object({
  givenName: shortText('Given name', 60),
  familyName: shortText('Family name', 60),
  nhsNumber: nhsNumberSchema,
  dateOfBirth: isoDateSchema,
  borough: shortText('Borough', 60),
  phone: z.string().trim().max(30).nullable().default(null),
  email: z.union([z.email(), z.literal('')]).nullable().default(null),
});

/** DOMAIN.md "Words": enrolment statuses. */
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
/** Statuses that hold a place in the cohort (a completed place was filled, and stays counted). */
export const PLACE_HOLDING: readonly EnrolmentStatus[] = ['offered', 'confirmed', 'active', 'completed'];

export const enrolmentHistoryEntrySchema = z.object({
  status: enrolmentStatusSchema,
  at: isoDateTimeSchema,
  byStaffId: idSchema,
  note: z.string().nullable(),
});

export const enrolmentSchema = z.object({
  id: idSchema,
  cohortId: idSchema,
  participantId: idSchema,
  status: enrolmentStatusSchema,
  joinedOn: isoDateSchema,
  agreementRecordedAt: isoDateTimeSchema.nullable(),
  history: z.array(enrolmentHistoryEntrySchema),
  version: versionSchema,
});
export type Enrolment = z.infer<typeof enrolmentSchema>;

/** An enrolment as the cohort page and the register list it: the person's name only (never in
 * a URL). NHS numbers are left out: a register does not need them (data minimisation). */
export const rosterEntrySchema = enrolmentSchema.extend({
  participant: participantSchema.pick({ id: true, givenName: true, familyName: true }),
  /** Absences so far and the flag they make, by the shared rule (src/domain/absence.ts). */
  absences: z.number().int().nonnegative(),
  flagStatus: z.enum(['ok', 'at_risk', 'breached']),
});
export type RosterEntry = z.infer<typeof rosterEntrySchema>;
export const rosterSchema = z.object({ items: z.array(rosterEntrySchema) });

export const createEnrolmentSchema = z.object({
  participantId: idSchema,
  agreementRecorded: z.boolean().default(false),
});
export const updateEnrolmentSchema = z.object({
  status: enrolmentStatusSchema.optional(),
  agreementRecorded: z.literal(true).optional(),
  note: z.string().trim().max(500).optional(),
});
