import { count, eq, sql } from 'drizzle-orm';
import type { BackendSpecificKey } from '../../backend/resolver';
import { demoSeed } from '../../demo-seed/demo-seed';
import { generateReferrals } from '../../demo-seed/seed-waiting-list';
import type { AuditAction } from '../../domain/audit-actions';
import { todayIso } from '../../domain/dates';
import { appendAudit } from '../audit-chain';
import { endSession } from '../auth/sessions';
import type { SignInLimits } from '../config';
import * as t from '../db/domain-tables';
import {
  deleteDemoRecords,
  insertDemoRecords,
  insertDemoStaff,
  insertInChunks,
} from '../db/seed-demo';
import type { ServerContext, ServerResolver } from './endpoint-routes';
import type { SessionKey } from './session-resolvers';
import { serverDashboardSummary } from './dashboard-summary';
import { signInResolvers } from './sign-in';

// The endpoints whose answers depend on where sessions and demo data live (BackendSpecificKey):
// the mock keeps them in memory, the server in its tables. Each runs in the request's one
// transaction (ctx.tx), like every other endpoint.

type ServerSpecificResolvers = {
  [K in Exclude<BackendSpecificKey, SessionKey>]: ServerResolver<K>;
};
type OwnResolvers = Omit<ServerSpecificResolvers, keyof ReturnType<typeof signInResolvers>>;

function audit(
  ctx: ServerContext,
  action: AuditAction,
  entity: string,
  entityId: string,
  after: unknown,
) {
  return appendAudit(ctx.tx, {
    actorId: ctx.user.id,
    actorRole: ctx.user.role,
    action,
    entity,
    entityId,
    before: null,
    after,
    requestId: ctx.requestId,
  });
}

const ownResolvers: OwnResolvers = {
  'GET /auth/me': async ({ user }) => ({ user }),

  'POST /auth/logout': async (ctx) => {
    if (ctx.token) await endSession(ctx.tx, ctx.token);
    await audit(ctx, 'sign-out', 'staff', ctx.user.id, null);
    return { ok: true };
  },

  // Demo only (SEED=demo, never in production): the demo as seeded today, in one transaction.
  // Accounts, sessions and the audit trail stay; the reset is audited. It replaces every
  // record, so it waits for the writes under way and holds off new ones (their row locks and
  // inserts conflict with this table lock) while reads go on.
  'POST /demo/reset': async (ctx) => {
    await ctx.tx.execute(
      sql`lock table cohorts, referrals, staff_accounts, service_settings in exclusive mode`,
    );
    const seed = demoSeed();
    await deleteDemoRecords(ctx.tx);
    await insertDemoStaff(ctx.tx, seed.staff);
    await insertDemoRecords(ctx.tx, seed);
    await audit(ctx, 'demo.reset', 'service', 'demo', null);
    return { ok: true };
  },

  // Demo only: generated test people (999 NHS numbers) added to the waiting list, for trying it
  // at the size of a busy service.
  'POST /demo/seed-waiting-list': async (ctx) => {
    const { count: wanted } = ctx.body;
    // The NHS numbers it picks are free when it picks them: no other referral comes meanwhile.
    await ctx.tx.execute(sql`lock table referrals in share row exclusive mode`);
    const used = await ctx.tx.select({ nhsNumber: t.participants.nhsNumber }).from(t.participants);
    const made = generateReferrals(
      used.map((p) => p.nhsNumber),
      wanted,
      todayIso(),
    );
    await insertInChunks(ctx.tx, t.participants, made.participants);
    await insertInChunks(ctx.tx, t.referrals, made.referrals);
    await audit(ctx, 'demo.seed-waiting-list', 'referral', 'generated', { count: wanted });
    const [waiting] = await ctx.tx
      .select({ n: count() })
      .from(t.referrals)
      .where(eq(t.referrals.status, 'waiting'));
    return { waiting: waiting?.n ?? 0 };
  },
};

/** Sign-in (./sign-in.ts, with the configured throttling), sessions and the demo; and the
 * dashboard's summary, whose waiting-list figures the server counts in SQL. */
export function serverResolvers(limits: SignInLimits): ServerSpecificResolvers & {
  'GET /dashboard/summary': ServerResolver<'GET /dashboard/summary'>;
} {
  return {
    ...signInResolvers(limits),
    ...ownResolvers,
    'GET /dashboard/summary': serverDashboardSummary,
  };
}
