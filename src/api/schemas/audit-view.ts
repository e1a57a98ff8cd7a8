import { z } from 'zod/mini';
import { auditEventSchema } from './audit';
import { idSchema, intSchema, isoDateSchema } from './common';

/** An audit event as staff see it: who by name, the person concerned by name, NHS numbers masked. */
export const auditViewSchema = z.extend(auditEventSchema, {
  actorName: z.string(),
  subject: z.nullable(z.string()),
});
export type AuditView = z.infer<typeof auditViewSchema>;
/** A page of the trail, newest first: `offset` entries were skipped, `total` match the filters. */
export const auditListSchema = z.object({
  items: z.array(auditViewSchema),
  total: intSchema,
  offset: intSchema,
});
export type AuditList = z.infer<typeof auditListSchema>;

// Filters only: a staff id, a record id and dates; never a patient name or NHS number.
export const auditFilterSchema = z.object({
  actor: z.catch(z.optional(idSchema), undefined),
  record: z.catch(z.optional(z.string().check(z.maxLength(40))), undefined),
  from: z.catch(z.optional(isoDateSchema), undefined),
  to: z.catch(z.optional(isoDateSchema), undefined),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;
