import { z } from 'zod/mini';
import { auditEventSchema } from './audit';
import { intSchema } from './common';

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

// The filter the router reads on every page lives on its own (./audit-filter.ts), so the
// shared entry does not carry the trail's schemas.
export { auditFilterSchema, type AuditFilter } from './audit-filter';
