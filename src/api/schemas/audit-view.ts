import { z } from 'zod/mini';
import { auditEventSchema } from './audit';
import { idSchema, intSchema, isoDateSchema } from './common';

/** A record an audit event is about, by name, and where its page is: the app links a kind it
 * has a page for by the id (never the name), and shows the others as plain words. */
export const auditRecordSchema = z.object({
  kind: z.enum(['cohort', 'session', 'referral', 'vacancy', 'staff', 'person', 'other']),
  id: z.string(),
  name: z.string(),
});
export type AuditRecord = z.infer<typeof auditRecordSchema>;

/** An audit event as staff see it: who by name, the records it is about by name (the person
 * first), NHS numbers masked. */
export const auditViewSchema = z.extend(auditEventSchema, {
  actorName: z.string(),
  records: z.array(auditRecordSchema),
});
export type AuditView = z.infer<typeof auditViewSchema>;
/** A page of the trail, newest first: `offset` entries were skipped, `total` match the filters. */
export const auditListSchema = z.object({
  items: z.array(auditViewSchema),
  total: intSchema,
  offset: intSchema,
});
export type AuditList = z.infer<typeof auditListSchema>;

// Filters only: a staff id, a record's kind and id, and dates; never a patient name or NHS
// number. A record's History link sets `entity` and `record`.
export const auditFilterSchema = z.object({
  actor: z.catch(z.optional(idSchema), undefined),
  entity: z.catch(z.optional(z.string().check(z.maxLength(40))), undefined),
  record: z.catch(z.optional(z.string().check(z.maxLength(40))), undefined),
  from: z.catch(z.optional(isoDateSchema), undefined),
  to: z.catch(z.optional(isoDateSchema), undefined),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;
