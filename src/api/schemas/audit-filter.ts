import { z } from 'zod/mini';
import { idSchema, isoDateSchema } from './common';

// Filters only: a staff id, a record id and dates; never a patient name or NHS number. The
// audit route validates its search with it, so it is in the shared entry: nothing else is here.
export const auditFilterSchema = z.object({
  actor: z.catch(z.optional(idSchema), undefined),
  record: z.catch(z.optional(z.string().check(z.maxLength(40))), undefined),
  from: z.catch(z.optional(isoDateSchema), undefined),
  to: z.catch(z.optional(isoDateSchema), undefined),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;
