import { selectRecords } from '../src/backend/read-needs';
import { recordsAt } from '../src/domain/commands/offer-expiry';
import { findPeople } from '../src/domain/people-search';
import { searchWaitingList } from '../src/domain/waiting-list';
import type { AuditPage } from '../src/api/schemas/audit-query';
import type { AuditFilter } from '../src/api/schemas/audit-filter';
import type { StaffUser } from '../src/api/schemas/staff';
import type { StaffAccount } from '../src/api/schemas/staff-accounts';
import type { BackendContext } from '../src/backend/resolver';
import type { Snapshot } from '../src/backend/snapshot';
import type { Changes, CommandContext, Outcome } from '../src/domain/commands/command';
import { todayIso } from '../src/domain/dates';
import { now } from '../src/lib/clock';
import { store, type Db, type StaffRecord } from './db';
import type { Ctx } from './http';
import { HttpError } from './http-error';
import { endMockSessions } from './endpoint-access';

/** The signed-in user as the API gives it: no password, nothing about the account's state. */
export function publicUser({ id, name, email, role, discipline }: StaffRecord): StaffUser {
  return { id, name, email, role, discipline };
}

/** An account as the resolvers read it, field by field: never its password. */
export function accountOf(record: StaffRecord): StaffAccount {
  const { id, name, email, role, discipline, active, deactivationReason, version } = record;
  return { id, name, email, role, discipline, active, deactivationReason, version };
}

/** Who is acting, when, and how new records are named, for a domain command. */
export function commandContext(ctx: Ctx): CommandContext {
  // Test fixtures that run a command with a context of their own may leave the moment out.
  const at = (ctx.now as Date | undefined) ?? now();
  return {
    actor: { id: ctx.user.id, role: ctx.user.role, scope: ctx.scope },
    now: at.toISOString(),
    today: todayIso(at),
    newId: (prefix) => store.newId(prefix),
  };
}

/** The version the client saw (If-Match: "3"); the route has already refused a missing one. */
export function ifMatch(request: Request): number {
  const seen = Number((request.headers.get('if-match') ?? '').replace(/"/g, ''));
  if (!Number.isInteger(seen) || seen < 0) {
    throw new HttpError(400, 'validation_failed', 'If-Match must be a version like "3".');
  }
  return seen;
}

/** Stores what a command decided: records added or replaced by id, removed, and audited. */
export function applyChanges(db: Db, changes: Changes, ctx: Ctx): void {
  for (const [table, records] of Object.entries(changes.put)) {
    const list = db[table as keyof Changes['put']] as { id: string }[];
    for (const record of records as { id: string }[]) {
      const at = list.findIndex((r) => r.id === record.id);
      // An account's record never carries its password: what the mock keeps of it stays.
      if (at >= 0) list[at] = table === 'staff' ? { ...list[at], ...record } : record;
      else list.push(record);
    }
  }
  for (const { staffId, password, mustChange } of changes.credentials ?? []) {
    const account = db.staff.find((s) => s.id === staffId);
    if (account)
      Object.assign(account, {
        password,
        mustChangePassword: mustChange,
        temporaryPasswordSetAt: mustChange
          ? ((ctx.now as Date | undefined) ?? now()).toISOString()
          : null,
      });
  }
  for (const staffId of changes.endSessionsOf ?? []) {
    const newPassword = changes.credentials?.some((c) => c.staffId === staffId);
    endMockSessions(staffId, newPassword ? 'password_changed' : 'deactivated');
  }
  for (const [table, ids] of Object.entries(changes.remove)) {
    const gone = new Set(ids);
    const key = table as keyof Changes['remove'];
    (db as unknown as Record<string, { id: string }[]>)[key] = (db[key] as { id: string }[]).filter(
      (r) => !gone.has(r.id),
    );
  }
  if (changes.settings) db.settings = changes.settings;
  for (const entry of changes.audit) {
    db.audit.push({
      id: store.newId('aud'),
      at: ctx.now.toISOString(),
      actorId: ctx.user.id,
      actorRole: ctx.user.role,
      requestId: ctx.requestId,
      // A copy: the records it shows live on in the store, and an account's gains a password.
      ...structuredClone(entry),
    });
  }
}

/** The records the resolvers read: the store as it stands, staff without their passwords. */
export function snapshotOf(db: Db): Snapshot {
  return { ...db, staff: db.staff.map(accountOf) };
}

/** The matching audit entries newest first, one page of them, and how many match. */
function auditTrail(filter: AuditFilter, page: AuditPage) {
  const matching = store.data.audit.filter(
    (e) =>
      (!filter.actor || e.actorId === filter.actor) &&
      (!filter.entity || e.entity === filter.entity) &&
      (!filter.record || e.entityId === filter.record) &&
      (!filter.from || e.at.slice(0, 10) >= filter.from) &&
      (!filter.to || e.at.slice(0, 10) <= filter.to),
  );
  const newestFirst = matching.reverse();
  return {
    items: newestFirst.slice(page.offset, page.offset + page.limit),
    total: newestFirst.length,
  };
}

/** How a resolver reads and writes in the mock: the in-memory store, one transaction a write. */
export function storeAccess(
  ctx: Ctx,
): Pick<
  BackendContext,
  'read' | 'run' | 'auditTrail' | 'waitingList' | 'findPeople' | 'accessLog'
> {
  return {
    // The same rows the server reads for these needs, so a command that forgets one fails here too.
    // As the records stand at the request's moment: an offer past its expiry reads as expired.
    read: async (needs) => recordsAt(selectRecords(snapshotOf(store.data), needs), ctx.now),
    run: async (command, needs) =>
      runCommand(ctx, (db, cc) => command(selectRecords(snapshotOf(db), needs), cc)),
    waitingList: async (query) => searchWaitingList(store.data.referrals, query),
    findPeople: async (q) => findPeople(store.data.participants, q),
    auditTrail: async (filter, page) => auditTrail(filter, page),
    accessLog: async (participantId, page) => {
      const mine = store.data.access.filter((e) => e.participantId === participantId).reverse();
      return { items: mine.slice(page.offset, page.offset + page.limit), total: mine.length };
    },
  };
}

/** Runs a domain command in one transaction and stores its changes; a refusal stores nothing. */
export function runCommand<R>(ctx: Ctx, command: (db: Db, cc: CommandContext) => Outcome<R>): R {
  return store.transact((db) => {
    const { changes, result } = command(db, commandContext(ctx));
    applyChanges(db, changes, ctx);
    return result;
  });
}
