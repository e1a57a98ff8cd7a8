import { updateSettingsSchema } from '../../src/api/schemas/settings';
import { store } from '../db';
import { ALL_ROLES, audit, checkVersion, parse, readJson, route } from '../http';

export const settingsHandlers = [
  route('get', '/settings', ALL_ROLES, () => store.data.settings),

  route('patch', '/settings', ['admin'], async (ctx) => {
    const input = parse(updateSettingsSchema, await readJson(ctx.request));
    return store.transact((db) => {
      checkVersion(ctx.request, db.settings);
      const before = { ...db.settings };
      db.settings = { ...input, version: db.settings.version + 1 };
      // Flags are derived from attendance and the threshold on every read, so changing the
      // threshold re-evaluates every flag at once; the change itself is audited.
      audit(ctx, 'settings.update', 'settings', 'service', before, db.settings);
      return db.settings;
    });
  }),
];
