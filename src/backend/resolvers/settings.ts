import { updateSettings } from '../../domain/commands/settings';
import type { SharedResolvers } from '../resolver';

export const settingsResolvers = {
  'GET /settings': async (ctx) => (await ctx.read()).settings,

  'PATCH /settings': async (ctx) =>
    await ctx.run((db, cc) => updateSettings(db, { ...ctx.body, version: ctx.version }, cc)),
} satisfies Partial<SharedResolvers>;
