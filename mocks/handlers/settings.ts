import { updateSettings } from '../../src/domain/commands/settings';
import { ifMatch, runCommand } from '../commands';
import { store } from '../db';
import type { Resolvers } from '../http';

export const settingsResolvers = {
  'GET /settings': () => store.data.settings,

  'PATCH /settings': (ctx) =>
    runCommand(ctx, (db, cc) =>
      updateSettings(db, { ...ctx.body, version: ifMatch(ctx.request) }, cc),
    ),
} satisfies Partial<Resolvers>;
