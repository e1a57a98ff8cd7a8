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

  // The app's check that its session is live: who it belongs to, and nothing read (it is asked
  // every few seconds by every open page). Each backend answers it without restarting the
  // session's idle clock (src/server/routes/endpoint-routes.ts).
  // Only the user's public fields: the mock's user record holds its password too.
  'GET /auth/session': async ({ user: { id, name, email, role, discipline } }) => ({
    user: { id, name, email, role, discipline },
  }),

  'PATCH /settings': async (ctx) => ({
    ...(await ctx.run((db, cc) => updateSettings(db, { ...ctx.body, version: ctx.version }, cc))),
    notifyConfigured: false,
  }),
} satisfies Partial<SharedResolvers>;
