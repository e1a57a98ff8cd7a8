import type { DirectoryEntry } from '../../api/schemas/staff';
import type { StaffAccount, StaffAccountView } from '../../api/schemas/staff-accounts';
import { createStaff, setTemporaryPassword, updateStaff } from '../../domain/commands/staff';
import { todayIso } from '../../domain/dates';
import { lifecycleStatus } from '../../domain/lifecycle';
import type { SharedResolvers } from '../resolver';
import type { Snapshot } from '../snapshot';
import { temporaryPassword } from '../temporary-password';

/** By name as people read a list (en-GB collation), then by id: the same order on every
 * backend, whatever order its records come in (the mock's are in seed order, the server's
 * by id). */
export function byNameThenId(a: { id: string; name: string }, b: { id: string; name: string }) {
  return a.name.localeCompare(b.name, 'en-GB') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function directoryEntry({ id, name, role, discipline }: StaffAccount): DirectoryEntry {
  return { id, name, role, discipline };
}

/** An account as the staff page shows it, with the cohorts they facilitate that have not
 * ended (planned or running): what to reassign when they leave. */
export function accountView(db: Snapshot, account: StaffAccount): StaffAccountView {
  const today = todayIso();
  const cohorts = db.cohorts
    .filter((c) => c.facilitatorIds.includes(account.id))
    .filter((c) => {
      const sessions = db.sessions.filter((s) => s.cohortId === c.id);
      const status = lifecycleStatus(c.status, sessions, today);
      return status === 'planned' || status === 'running';
    })
    .sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0))
    .map((c) => ({ id: c.id, name: c.name }));
  return { ...account, cohorts };
}

export const staffResolvers = {
  // Everyone signed in: names, roles and disciplines only, never an email or a password.
  'GET /staff/directory': async (ctx) => ({
    items: [...(await ctx.read()).staff].sort(byNameThenId).map(directoryEntry),
  }),

  'GET /staff': async (ctx) => {
    const db = await ctx.read();
    return { items: [...db.staff].sort(byNameThenId).map((s) => accountView(db, s)) };
  },

  'POST /staff': async (ctx) => {
    const account = await ctx.run((db, cc) => createStaff(db, ctx.body, cc));
    return accountView(await ctx.read(), account);
  },

  'PATCH /staff/:id': async (ctx) => {
    const staffId = ctx.params.id ?? '';
    const account = await ctx.run((db, cc) =>
      updateStaff(db, { staffId, version: ctx.version, changes: ctx.body }, cc),
    );
    return accountView(await ctx.read(), account);
  },

  'POST /staff/:id/temporary-password': async (ctx) => {
    const password = temporaryPassword();
    const staffId = ctx.params.id ?? '';
    const account = await ctx.run((db, cc) => setTemporaryPassword(db, { staffId, password }, cc));
    return { password, account: accountView(await ctx.read(), account) };
  },
} satisfies Partial<SharedResolvers>;
