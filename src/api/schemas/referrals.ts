import { z } from 'zod';
import { idSchema, isoDateSchema, isoDateTimeSchema, optionalText, shortText, versionSchema } from './common';
import { nhsNumberSchema } from './participants';

export const weekdaySchema = z.enum(['mon', 'tue', 'wed', 'thu', 'fri']);
export const partOfDaySchema = z.enum(['morning', 'afternoon', 'evening']);

export const referralInputSchema = z
  .object({
    givenName: shortText('Given name', 60),
    familyName: shortText('Family name', 60),
    nhsNumber: nhsNumberSchema,
    dateOfBirth: isoDateSchema,
    borough: shortText('Borough', 60),
    gpPractice: shortText('GP practice', 120),
    phone: z.string().trim().max(30).default(''),
    email: z.union([z.email({ error: 'Enter a valid email address' }), z.literal('')]).default(''),
    referralDate: isoDateSchema,
    availability: z.object({
      days: z.array(weekdaySchema).min(1, { error: 'Choose at least one day' }),
      times: z.array(partOfDaySchema).min(1, { error: 'Choose at least one time of day' }),
    }),
    accessNeeds: optionalText('Access needs').default(''),
    urgent: z.boolean().default(false),
    notes: optionalText('Notes', 1000).default(''),
  })
  .refine((v) => v.phone !== '' || v.email !== '', {
    path: ['phone'],
    error: 'Give a phone number or an email address',
  });
export type ReferralInput = z.input<typeof referralInputSchema>;

export const referralStatusSchema = z.enum(['waiting', 'offered', 'enrolled', 'removed']);
export const referralSchema = z.object({
  id: idSchema,
  participantId: idSchema,
  givenName: z.string(),
  familyName: z.string(),
  nhsNumber: z.string(),
  borough: z.string(),
  gpPractice: z.string(),
  referralDate: isoDateSchema,
  availability: z.object({ days: z.array(weekdaySchema), times: z.array(partOfDaySchema) }),
  accessNeeds: z.string(),
  urgent: z.boolean(),
  notes: z.string(),
  status: referralStatusSchema,
  version: versionSchema,
});
export type Referral = z.infer<typeof referralSchema>;

export const vacancySchema = z.object({
  id: idSchema,
  cohortId: idSchema,
  freedByEnrolmentId: idSchema,
  openedAt: isoDateTimeSchema,
  status: z.enum(['open', 'filled', 'closed']),
  closedReason: z.string().nullable(),
  version: versionSchema,
});
export type Vacancy = z.infer<typeof vacancySchema>;

export const offerSchema = z.object({
  id: idSchema,
  vacancyId: idSchema,
  referralId: idSchema,
  expiresAt: isoDateTimeSchema,
  status: z.enum(['open', 'accepted', 'declined', 'expired']),
  version: versionSchema,
});
export type Offer = z.infer<typeof offerSchema>;
