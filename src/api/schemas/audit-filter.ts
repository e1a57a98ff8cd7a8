import { z } from 'zod/mini';
import { idSchema, isoDateSchema, text } from './common';

// The router reads this schema on every page (the audit route's search), so it sits alone:
// the views it filters (audit-view.ts) load only with the audit trail.

// Filters only: a staff id, a record's kind and id, and dates; never a patient name or NHS
// number. A record's History link sets `entity` and `record`.
export const auditFilterSchema = z.object({
  actor: z.catch(z.optional(idSchema), undefined),
  entity: z.catch(z.optional(text().check(z.maxLength(40))), undefined),
  record: z.catch(z.optional(text().check(z.maxLength(40))), undefined),
  from: z.catch(z.optional(isoDateSchema), undefined),
  to: z.catch(z.optional(isoDateSchema), undefined),
  /** A person's id: the page then shows who has been shown their records. */
  person: z.catch(z.optional(idSchema), undefined),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;
