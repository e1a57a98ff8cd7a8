import { updateSettings } from '../../domain/commands/settings';
import type { SharedResolvers } from '../resolver';

export const settingsResolvers = {
  'GET /settings': async (ctx) => (await ctx.read()).settings,

  'GET /auth/session-limits': async (ctx) => {
    const { sessionIdleMinutes, sessionMaxHours } = (await ctx.read()).settings;
    return { sessionIdleMinutes, sessionMaxHours };
  },

  'PATCH /settings': async (ctx) =>
    await ctx.run((db, cc) => updateSettings(db, { ...ctx.body, version: ctx.version }, cc)),
} satisfies Partial<SharedResolvers>;
