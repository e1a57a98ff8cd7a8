import type { SharedResolvers } from '../resolver';

export const staffResolvers = {
  // The staff directory (names, roles, disciplines): never a password or a hash.
  'GET /staff': async (ctx) => ({ items: (await ctx.read()).staff }),
} satisfies Partial<SharedResolvers>;
