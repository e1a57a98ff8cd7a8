import { z } from 'zod/mini';
import { SESSION_LIMIT_BOUNDS } from '../../domain/session-limits';
import { TEMPORARY_PASSWORD_HOURS } from '../../domain/temporary-passwords';
import { intSchema, versionSchema, text } from './common';

/** Words staff read out or send when a referral is from another area. */
const signpostText = (label: string) =>
  text({ error: `${label} is required` }).check(
    z.trim(),
    z.minLength(10, { error: `${label}: say where to signpost the person` }),
    z.maxLength(600, { error: `${label} must be 600 characters or fewer` }),
  );

/** A GOV.UK Notify template's id (a UUID, shown on the template's page in Notify), or null:
 * no message of that kind is sent. */
const TEMPLATE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const templateId = (label: string) =>
  z.nullable(
    z.pipe(
      text().check(
        z.trim(),
        z.toLowerCase(),
        z.refine((v) => v === '' || TEMPLATE_ID.test(v), {
          error: `${label}: paste the template ID from GOV.UK Notify (five groups of letters and numbers joined by dashes)`,
        }),
      ),
      // An empty field (the form's) clears it.
      z.transform((v): string | null => (v === '' ? null : v)),
    ),
  );

/** The London time of the day-before reminder ('HH:MM'), or null (the form's empty field):
 * none the day before. */
const reminderTimeSchema = z.nullable(
  z.pipe(
    text().check(
      z.trim(),
      z.refine((v) => v === '' || /^([01][0-9]|2[0-3]):[0-5][0-9]$/.test(v), {
        error: 'Reminder time: a time such as 18:00, or leave it empty for none the day before',
      }),
    ),
    z.transform((v): string | null => (v === '' ? null : v)),
  ),
);

/** A whole number of minutes or hours within the bounds the domain allows. */
const limitSchema = (label: string, unit: string, { min, max }: { min: number; max: number }) =>
  z
    .number({ error: `${label}: enter a number of ${unit}` })
    .check(
      z.int({ error: `${label}: enter a whole number of ${unit}` }),
      z.gte(min, { error: `${label} must be at least ${min} ${unit}` }),
      z.lte(max, { error: `${label} must be at most ${max} ${unit}` }),
    );
const idleMinutesSchema = limitSchema(
  'Sign out after',
  'minutes',
  SESSION_LIMIT_BOUNDS.sessionIdleMinutes,
);
const maxHoursSchema = limitSchema(
  'Longest session',
  'hours',
  SESSION_LIMIT_BOUNDS.sessionMaxHours,
);
const temporaryHoursSchema = limitSchema(
  'Temporary passwords expire after',
  'hours',
  TEMPORARY_PASSWORD_HOURS,
);

/** A session topic's material: where the person reads or watches it (an https address). */
export const topicMaterialSchema = z.object({
  topic: text({ error: 'Topic is required' }).check(
    z.trim(),
    z.minLength(1, { error: 'Topic: write the topic as the sessions name it' }),
    z.maxLength(200, { error: 'Topic must be 200 characters or fewer' }),
  ),
  link: text({ error: 'Material link is required' }).check(
    z.trim(),
    z.maxLength(500, { error: 'Material link must be 500 characters or fewer' }),
    z.refine((v) => /^https:\/\/[^\s/$.?#][^\s]*$/i.test(v), {
      error: 'Material link: paste a web address starting https://',
    }),
  ),
});
export const topicMaterialsSchema = z.array(topicMaterialSchema).check(
  z.maxLength(40, { error: 'At most 40 topics can have material' }),
  z.refine((list) => new Set(list.map((m) => m.topic.toLowerCase())).size === list.length, {
    error: 'Each topic can have one material link',
  }),
);

/** Service-wide settings (docs/domain.md "Facts that become rules"). */
export const serviceSettingsSchema = z.object({
  absenceThreshold: intSchema.check(z.gte(1), z.lte(7)),
  lateJoinCutoffSession: intSchema.check(z.gte(1), z.lte(8)),
  completionMinSessions: intSchema.check(z.gte(1), z.lte(8)),
  /** What the new-referral form says for a Camden referral (src/domain/eligibility.ts). */
  camdenSignpost: signpostText('Signposting for Camden'),
  /** What it says for any other borough outside the service's area. */
  otherAreaSignpost: signpostText('Signposting for other areas'),
  /** The Notify templates an offer is sent with: a text first, else an email. */
  offerSmsTemplateId: templateId('Text message template'),
  offerEmailTemplateId: templateId('Email template'),
  /** Missed material (docs/missed-material.md): its templates and each topic's link. */
  materialSmsTemplateId: templateId('Missed material text message template'),
  materialEmailTemplateId: templateId('Missed material email template'),
  topicMaterials: topicMaterialsSchema,
  /** A message to the whole group when a session is cancelled or moved. */
  groupSmsTemplateId: templateId('Group message text message template'),
  groupEmailTemplateId: templateId('Group message email template'),
  /** Reminders before each session (src/domain/reminders.ts): the day before at this time
   * and/or two hours before, with these templates (none: no reminders are sent). */
  reminderDayBeforeAt: reminderTimeSchema,
  reminderTwoHoursBefore: z.boolean(),
  reminderSmsTemplateId: templateId('Reminder text message template'),
  reminderEmailTemplateId: templateId('Reminder email template'),
  /** The app signs out after this many minutes without input (src/domain/session-limits.ts). */
  sessionIdleMinutes: idleMinutesSchema,
  /** A session ends this many hours after sign-in. */
  sessionMaxHours: maxHoursSchema,
  /** A temporary password works for this many hours after an admin set it. */
  temporaryPasswordHours: temporaryHoursSchema,
  version: versionSchema,
});
export type ServiceSettings = z.infer<typeof serviceSettingsSchema>;

/** As GET and PATCH /settings answer: the settings and whether the server holds a Notify API
 * key (never the key itself; always false on the mock, which sends nothing). */
export const settingsViewSchema = z.extend(serviceSettingsSchema, {
  notifyConfigured: z.boolean(),
});
export type SettingsView = z.infer<typeof settingsViewSchema>;

/** The signposting, the template ids and the session limits are optional in a change: a
 * client that does not send them keeps them as they are (null clears a template id). */
export const updateSettingsSchema = z.extend(
  z.omit(serviceSettingsSchema, {
    version: true,
    camdenSignpost: true,
    otherAreaSignpost: true,
    offerSmsTemplateId: true,
    offerEmailTemplateId: true,
    materialSmsTemplateId: true,
    materialEmailTemplateId: true,
    topicMaterials: true,
    groupSmsTemplateId: true,
    groupEmailTemplateId: true,
    reminderDayBeforeAt: true,
    reminderTwoHoursBefore: true,
    reminderSmsTemplateId: true,
    reminderEmailTemplateId: true,
    sessionIdleMinutes: true,
    sessionMaxHours: true,
    temporaryPasswordHours: true,
  }),
  {
    camdenSignpost: z.optional(signpostText('Signposting for Camden')),
    otherAreaSignpost: z.optional(signpostText('Signposting for other areas')),
    offerSmsTemplateId: z.optional(templateId('Text message template')),
    offerEmailTemplateId: z.optional(templateId('Email template')),
    materialSmsTemplateId: z.optional(templateId('Missed material text message template')),
    materialEmailTemplateId: z.optional(templateId('Missed material email template')),
    topicMaterials: z.optional(topicMaterialsSchema),
    groupSmsTemplateId: z.optional(templateId('Group message text message template')),
    groupEmailTemplateId: z.optional(templateId('Group message email template')),
    reminderDayBeforeAt: z.optional(reminderTimeSchema),
    reminderTwoHoursBefore: z.optional(z.boolean()),
    reminderSmsTemplateId: z.optional(templateId('Reminder text message template')),
    reminderEmailTemplateId: z.optional(templateId('Reminder email template')),
    sessionIdleMinutes: z.optional(idleMinutesSchema),
    sessionMaxHours: z.optional(maxHoursSchema),
    temporaryPasswordHours: z.optional(temporaryHoursSchema),
  },
);

/** How long a session lasts, for every signed-in user (the app's idle sign-out). */
export const sessionLimitsResponseSchema = z.object({
  sessionIdleMinutes: idleMinutesSchema,
  sessionMaxHours: maxHoursSchema,
});
export type SessionLimitsResponse = z.infer<typeof sessionLimitsResponseSchema>;
export type SettingsUpdate = z.output<typeof updateSettingsSchema>;
