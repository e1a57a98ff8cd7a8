import { z } from 'zod/mini';
import { auditFilterSchema } from './audit-filter';

// Apart from audit-filter.ts, whose filter schema the router reads on every page: this one is
// needed only where the trail is asked for.

export const AUDIT_PAGE_SIZE = 100;

/** The filters and which page: the trail grows without bound, so the server pages it. */
export const auditQuerySchema = z.extend(auditFilterSchema, {
  offset: z.catch(z.coerce.number().check(z.int(), z.minimum(0)), 0),
  limit: z.catch(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(200)), AUDIT_PAGE_SIZE),
});
export type AuditQuery = z.output<typeof auditQuerySchema>;
export type AuditPage = { offset: number; limit: number };
