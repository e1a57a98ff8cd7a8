import { z } from 'zod/mini';
import { auditEventSchema } from './audit';
import { intSchema, text } from './common';

/** A record an audit event is about, by name, and where its page is: the app links a kind it
 * has a page for by the id (never the name), and shows the others as plain words. */
export const auditRecordSchema = z.object({
  kind: z.enum(['cohort', 'session', 'referral', 'vacancy', 'staff', 'person', 'other']),
  id: text(),
  name: text(),
});
export type AuditRecord = z.infer<typeof auditRecordSchema>;

/** An audit event as staff see it: who by name, the records it is about by name (the person
 * first), NHS numbers masked. */
export const auditViewSchema = z.extend(auditEventSchema, {
  actorName: text(),
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
