import { z } from 'zod/mini';
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

/** Service-wide settings (DOMAIN.md "Facts that become rules"). */
export const serviceSettingsSchema = z.object({
  absenceThreshold: intSchema.check(z.gte(1), z.lte(7)),
  lateJoinCutoffSession: intSchema.check(z.gte(1), z.lte(8)),
  completionMinSessions: intSchema.check(z.gte(1), z.lte(8)),
  /** What the new-referral form says for a Camden referral (src/domain/eligibility.ts). */
  camdenSignpost: signpostText('Signposting for Camden'),
  /** What it says for any other borough outside the service's area. */
  otherAreaSignpost: signpostText('Signposting for other areas'),
  version: versionSchema,
});
export type ServiceSettings = z.infer<typeof serviceSettingsSchema>;

/** The signposting is optional in a change: a client that does not send it keeps it as it is. */
export const updateSettingsSchema = z.extend(
  z.omit(serviceSettingsSchema, { version: true, camdenSignpost: true, otherAreaSignpost: true }),
  {
    camdenSignpost: z.optional(signpostText('Signposting for Camden')),
    otherAreaSignpost: z.optional(signpostText('Signposting for other areas')),
  },
);
export type SettingsUpdate = z.output<typeof updateSettingsSchema>;
