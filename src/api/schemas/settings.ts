import { z } from 'zod/mini';
import { intSchema, versionSchema } from './common';

/** Service-wide settings (DOMAIN.md "Facts that become rules"). */
export const serviceSettingsSchema = z.object({
  absenceThreshold: intSchema.check(z.gte(1), z.lte(7)),
  lateJoinCutoffSession: intSchema.check(z.gte(1), z.lte(8)),
  completionMinSessions: intSchema.check(z.gte(1), z.lte(8)),
  version: versionSchema,
});
export type ServiceSettings = z.infer<typeof serviceSettingsSchema>;

export const updateSettingsSchema = z.omit(serviceSettingsSchema, { version: true });
