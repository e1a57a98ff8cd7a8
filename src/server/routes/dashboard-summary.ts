import { and, asc, eq } from 'drizzle-orm';
import { waitingDates } from '../../backend/views/dashboard-charts';
import { dashboardSummary } from '../../backend/views/dashboard-summary';
import { windowsFor } from '../../backend/views/dashboard-scope';
import { recordsAt } from '../../domain/commands/offer-expiry';
import { todayIso } from '../../domain/dates';
import { can } from '../../domain/policy';
import { waitingFiguresIn } from '../db/dashboard-query';
import { auditEventOf, readSnapshot } from '../db/records';
import { auditEvents } from '../db/schema';
import type { ServerResolver } from './endpoint-routes';

/** GET /dashboard/summary on the server: the figures about cohorts from their records (a
 * service has hundreds at most), the waiting list's by SQL aggregates (dashboard-query.ts),
 * never loading the list. The shared view (dashboardSummary) puts them together, as the mock
 * does from its records. */
export const serverDashboardSummary: ServerResolver<'GET /dashboard/summary'> = async (ctx) => {
  const today = todayIso(ctx.now);
  const [records, fills] = await Promise.all([
    readSnapshot(ctx.tx),
    // When a vacancy without an accepted offer was filled (filledOn): its fill's audit entry.
    ctx.tx
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entity, 'vacancy'), eq(auditEvents.action, 'vacancy.fill')))
      .orderBy(asc(auditEvents.id)),
  ]);
  const db = { ...recordsAt(records, ctx.now), audit: fills.map(auditEventOf) };
  if (!can(ctx.user.role, 'referral.read')) return dashboardSummary(db, ctx, ctx.query, ctx.now);
  const dates = waitingDates(windowsFor(ctx.query, today).charts, today);
  const waiting = await waitingFiguresIn(ctx.tx, today, ctx.now, dates);
  return dashboardSummary(db, ctx, ctx.query, ctx.now, waiting);
};
