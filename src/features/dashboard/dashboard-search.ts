import { z } from 'zod/mini';
import { cohortStatusSchema, deliverySchema } from '../../api/schemas/cohorts';
import type { DashboardFilters } from '../../api/schemas/dashboard';
import { isIsoDate } from '../../domain/dates';

const isoDate = z.string().check(z.refine(isIsoDate));

/** The dashboard's filters in the URL, so a view can be shared. A bad value is dropped, not
 * fatal: the page falls back to its default for that filter. No patient data ever goes here. */
export const dashboardSearchSchema = z.object({
  from: z.catch(z.optional(isoDate), undefined),
  to: z.catch(z.optional(isoDate), undefined),
  status: z.catch(z.optional(cohortStatusSchema), undefined),
  delivery: z.catch(z.optional(deliverySchema), undefined),
  facilitator: z.catch(z.optional(z.string().check(z.regex(/^[\w-]{1,64}$/))), undefined),
});
export type DashboardSearch = z.infer<typeof dashboardSearchSchema>;

/** A range typed backwards (from after to) is not sent; the server would refuse it with 400. */
export function filtersFromSearch(search: DashboardSearch): DashboardFilters {
  const { from, to, ...rest } = search;
  const backwards = from !== undefined && to !== undefined && from > to;
  return { ...rest, from: backwards ? undefined : from, to: backwards ? undefined : to };
}

export function isBackwards(search: DashboardSearch): boolean {
  return search.from !== undefined && search.to !== undefined && search.from > search.to;
}
