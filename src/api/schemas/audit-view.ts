import { z } from 'zod';
import { auditEventSchema } from './audit';
import { idSchema, isoDateSchema } from './common';

/** An audit event as staff see it: who by name, the person concerned by name, NHS numbers masked. */
export const auditViewSchema = auditEventSchema.extend({
  actorName: z.string(),
  subject: z.string().nullable(),
});
export type AuditView = z.infer<typeof auditViewSchema>;
export const auditListSchema = z.object({ items: z.array(auditViewSchema), total: z.number().int() });

// Filters only: a staff id, a record id and dates; never a patient name or NHS number.
export const auditFilterSchema = z.object({
  actor: idSchema.optional().catch(undefined),
  record: z.string().max(40).optional().catch(undefined),
  from: isoDateSchema.optional().catch(undefined),
  to: isoDateSchema.optional().catch(undefined),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;
