import { updateSettings } from '../../domain/commands/settings';
import type { SharedResolvers } from '../resolver';

export const settingsResolvers = {
  // The mock sends nothing: notifyConfigured is false here, and the server answers these two
  // itself with whether it holds a Notify key (src/server/notify/notify-resolvers.ts).
  'GET /settings': async (ctx) => ({ ...(await ctx.read()).settings, notifyConfigured: false }),

  'GET /auth/session-limits': async (ctx) => {
    const { sessionIdleMinutes, sessionMaxHours } = (await ctx.read()).settings;
    return { sessionIdleMinutes, sessionMaxHours };
  },

  'PATCH /settings': async (ctx) => ({
    ...(await ctx.run((db, cc) => updateSettings(db, { ...ctx.body, version: ctx.version }, cc))),
    notifyConfigured: false,
  }),
} satisfies Partial<SharedResolvers>;
