import type { StaffUser } from '../../api/schemas/staff';
import type { SharedResolvers } from '../resolver';

/** By name as people read a list (en-GB collation), then by id: the same order on every
 * backend, whatever order its records come in (the mock's are in seed order, the server's
 * by id). */
export function byNameThenId(a: StaffUser, b: StaffUser): number {
  return a.name.localeCompare(b.name, 'en-GB') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export const staffResolvers = {
  // The staff directory (names, roles, disciplines): never a password or a hash.
  'GET /staff': async (ctx) => ({ items: [...(await ctx.read()).staff].sort(byNameThenId) }),
} satisfies Partial<SharedResolvers>;
