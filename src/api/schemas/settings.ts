import { z } from 'zod/mini';
import { SESSION_LIMIT_BOUNDS } from '../../domain/session-limits';
import { intSchema, versionSchema } from './common';

/** Words staff read out or send when a referral is from another area (issue 17 part 5). */
const signpostText = (label: string) =>
  z
    .string({ error: `${label} is required` })
    .check(
      z.trim(),
      z.minLength(10, { error: `${label}: say where to signpost the person` }),
      z.maxLength(600, { error: `${label} must be 600 characters or fewer` }),
    );

/** A whole number of minutes or hours within the bounds the domain allows (issue 15). */
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

/** Service-wide settings (DOMAIN.md "Facts that become rules"). */
export const serviceSettingsSchema = z.object({
  absenceThreshold: intSchema.check(z.gte(1), z.lte(7)),
  lateJoinCutoffSession: intSchema.check(z.gte(1), z.lte(8)),
  completionMinSessions: intSchema.check(z.gte(1), z.lte(8)),
  /** What the new-referral form says for a Camden referral (src/domain/eligibility.ts). */
  camdenSignpost: signpostText('Signposting for Camden'),
  /** What it says for any other borough outside the service's area. */
  otherAreaSignpost: signpostText('Signposting for other areas'),
  /** The app signs out after this many minutes without input (src/domain/session-limits.ts). */
  sessionIdleMinutes: idleMinutesSchema,
  /** A session ends this many hours after sign-in. */
  sessionMaxHours: maxHoursSchema,
  version: versionSchema,
});
export type ServiceSettings = z.infer<typeof serviceSettingsSchema>;

/** The signposting and the session limits are optional in a change: a client that does not
 * send them keeps them as they are. */
export const updateSettingsSchema = z.extend(
  z.omit(serviceSettingsSchema, {
    version: true,
    camdenSignpost: true,
    otherAreaSignpost: true,
    sessionIdleMinutes: true,
    sessionMaxHours: true,
  }),
  {
    camdenSignpost: z.optional(signpostText('Signposting for Camden')),
    otherAreaSignpost: z.optional(signpostText('Signposting for other areas')),
    sessionIdleMinutes: z.optional(idleMinutesSchema),
    sessionMaxHours: z.optional(maxHoursSchema),
  },
);

/** How long a session lasts, for every signed-in user (the app's idle sign-out). */
export const sessionLimitsResponseSchema = z.object({
  sessionIdleMinutes: idleMinutesSchema,
  sessionMaxHours: maxHoursSchema,
});
export type SessionLimitsResponse = z.infer<typeof sessionLimitsResponseSchema>;
export type SettingsUpdate = z.output<typeof updateSettingsSchema>;
