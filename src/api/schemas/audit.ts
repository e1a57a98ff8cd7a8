import { z } from 'zod';
import { idSchema, isoDateSchema, isoDateTimeSchema } from './common';
import { roleSchema } from './staff';

export const auditEventSchema = z.object({
  id: idSchema,
  at: isoDateTimeSchema,
  actorId: idSchema,
  actorRole: roleSchema,
  action: z.string(),
  entity: z.string(),
  entityId: idSchema,
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  requestId: z.string(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

/** DOMAIN.md "flag": a participant at risk of, or in breach of, the absence threshold. */
export const flagSchema = z.object({
  enrolmentId: idSchema,
  participantId: idSchema,
  cohortId: idSchema,
  status: z.enum(['at_risk', 'breached']),
  absences: z.number().int().nonnegative(),
  openedOn: isoDateSchema,
  reviewedAt: isoDateTimeSchema.nullable(),
});
export type Flag = z.infer<typeof flagSchema>;
