import type { CohortSummary } from '../../api/schemas/cohorts';
import type { DashboardFilters, DashboardSummary, Headline } from '../../api/schemas/dashboard';
import type { BackendContext as Ctx } from '../resolver';
import { charts } from './dashboard-charts';
import type { Vacancy } from '../../api/schemas/referrals';
import { daysBetween, todayIso } from '../../domain/dates';
import { attendanceRate, median, ratio, vacancyFill } from '../../domain/metrics';
import { cohortVacancyWindow } from '../../domain/commands/vacancies';
import { inPeriod } from '../../domain/periods';
import { waitWeeks } from '../../domain/waiting-list';
import type { StaffUser } from '../../api/schemas/staff';
import type { Snapshot as Db } from '../snapshot';
import { attendanceRows, scopedCohorts, windowsFor, type Windows } from './dashboard-scope';
import { flagFor } from './flag-views';
import { can } from '../../domain/policy';
import { serviceOutcomes } from './outcome-views';

/** When a vacancy was filled: vacancies carry no timestamp of their own, so it is the accepted
 * offer's decision time (recordOfferOutcome in src/domain/commands/offer-outcomes.ts), or
 * failing that the 'vacancy.fill' audit event. */
export function filledOn(db: Db, vacancy: Vacancy): string | null {
  if (vacancy.status !== 'filled') return null;
  const offer = db.offers.find(
    (o) => o.vacancyId === vacancy.id && o.status === 'accepted' && o.decidedAt,
  );
  if (offer?.decidedAt) return offer.decidedAt.slice(0, 10);
  const event = db.audit.find(
    (a) => a.entity === 'vacancy' && a.entityId === vacancy.id && a.action === 'vacancy.fill',
  );
  return event ? event.at.slice(0, 10) : null;
}

export function headline(
  db: Db,
  user: StaffUser,
  cohorts: CohortSummary[],
  windows: Windows,
  today: string,
  /** The waiting list's figures, when worked out elsewhere (the server's SQL, which must
   * agree with waitingNow); by default from the records. */
  waiting: Headline['waiting'] = waitingNow(db, today),
): Headline {
  const ids = new Set(cohorts.map((c) => c.id));
  const live = cohorts.filter((c) => c.status === 'running' || c.status === 'planned');
  const filled = live.reduce((n, c) => n + c.filled, 0);
  const capacity = live.reduce((n, c) => n + c.capacity, 0);
  const rate = attendanceRate(
    attendanceRows(db, ids, windows.attendance, today).map((r) => r.code),
  );

  const flags = db.enrolments.filter((e) => ids.has(e.cohortId)).map((e) => flagFor(db, e)?.status);

  const vacancies = db.vacancies.filter(
    (v) => ids.has(v.cohortId) && inPeriod(v.openedAt.slice(0, 10), windows.vacancies),
  );
  const fill = vacancyFill(
    vacancies.map((v) => {
      const cohort = db.cohorts.find((c) => c.id === v.cohortId);
      const opened = v.openedAt.slice(0, 10);
      const window = cohort && cohortVacancyWindow(db, cohort, opened);
      return { status: v.status, offerableWhenOpened: window?.open ?? false };
    }),
  );
  const fills = vacancies.filter((v) => v.status === 'filled');
  const daysToFill = fills.flatMap((v) => {
    const on = filledOn(db, v);
    return on ? [Math.max(0, daysBetween(v.openedAt.slice(0, 10), on))] : [];
  });

  return {
    cohorts: {
      running: live.filter((c) => c.status === 'running').length,
      planned: live.filter((c) => c.status === 'planned').length,
    },
    places: { filled, capacity, share: ratio(filled, capacity) },
    attendance: { ...rate, period: windows.attendance },
    flags: {
      atRisk: flags.filter((s) => s === 'at_risk').length,
      breached: flags.filter((s) => s === 'breached').length,
    },
    waiting: !can(user.role, 'referral.read') ? null : waiting,
    vacancies: {
      offerable: fill.offerable,
      filled: fill.filled,
      tooLate: fill.tooLate,
      medianDaysToFill: median(daysToFill),
      period: windows.vacancies,
    },
  };
}

// The waiting list is service-wide (not tied to a cohort), so cohort filters do not narrow it;
// facilitators do not see it at all (the policy table: the waiting list is for admins and managers).
export function waitingNow(db: Pick<Db, 'referrals'>, today: string): Headline['waiting'] {
  const waiting = db.referrals.filter((r) => r.status === 'waiting');
  return {
    count: waiting.length,
    medianWeeks: median(waiting.map((r) => waitWeeks(r.referralDate, today))),
  };
}

/** GET /dashboard/summary: every figure from the records with the shared rules, for the
 * cohorts the viewer may see, narrowed by the filters. `waiting`: the waiting list's figures
 * when worked out elsewhere (the server counts them in SQL, never loading the list). */
export function dashboardSummary(
  db: Db,
  viewer: Pick<Ctx, 'user' | 'scope'>,
  filters: DashboardFilters,
  now: Date,
  waiting?: { now: Headline['waiting']; counts: number[] },
): DashboardSummary {
  const today = todayIso(now);
  const visible = scopedCohorts(db, viewer, {}, now);
  const cohorts = scopedCohorts(db, viewer, filters, now);
  const windows = windowsFor(filters, today);
  const facilitatorIds = new Set(visible.flatMap((c) => c.facilitatorIds));
  const { user } = viewer;
  return {
    today,
    cohortCount: cohorts.length,
    headline: waiting
      ? headline(db, user, cohorts, windows, today, waiting.now)
      : headline(db, user, cohorts, windows, today),
    chartPeriod: windows.charts,
    charts: charts(db, user, cohorts, windows, today, waiting?.counts),
    outcomes: serviceOutcomes(
      db,
      db.cohorts.filter((c) => cohorts.some((s) => s.id === c.id)),
    ),
    facilitators: db.staff
      .filter((s) => facilitatorIds.has(s.id))
      .map((s) => ({ id: s.id, name: s.name }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}
