import { z } from 'zod';
import { versionSchema } from './common';

/** Service-wide settings (DOMAIN.md "Facts that become rules"). */
export const serviceSettingsSchema = z.object({
  absenceThreshold: z.number().int().min(1).max(7),
  lateJoinCutoffSession: z.number().int().min(1).max(8),
  completionMinSessions: z.number().int().min(1).max(8),
  version: versionSchema,
});
export type ServiceSettings = z.infer<typeof serviceSettingsSchema>;

export const updateSettingsSchema = serviceSettingsSchema.omit({ version: true });
