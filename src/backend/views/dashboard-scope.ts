import type { CohortSummary, Session } from '../../api/schemas/cohorts';
import type { DashboardFilters } from '../../api/schemas/dashboard';
import type { Enrolment } from '../../api/schemas/participants';
import { sessionCode, type AttendanceCode } from '../../domain/attendance-codes';
import {
  inPeriod,
  lastFourWeeks,
  monthsEndingAt,
  quarterOf,
  type Period,
} from '../../domain/periods';
import type { Snapshot as Db } from '../snapshot';
import type { BackendContext as Ctx } from '../resolver';
import { canSeeCohort, cohortSummary } from './views';

/** The cohorts a dashboard covers: what the user may see (facilitators: their own), narrowed
 * by the filters. Status is the derived lifecycle status, as the cohorts list shows it. */
export function scopedCohorts(
  db: Db,
  viewer: Pick<Ctx, 'user' | 'scope'>,
  filters: DashboardFilters,
  now: Date,
): CohortSummary[] {
  return db.cohorts
    .filter((c) => canSeeCohort(viewer, c))
    .map((c) => cohortSummary(db, c, now))
    .filter((c) => !filters.status || c.status === filters.status)
    .filter((c) => !filters.delivery || c.delivery === filters.delivery)
    .filter((c) => !filters.facilitator || c.facilitatorIds.includes(filters.facilitator));
}

export interface Windows {
  attendance: Period;
  vacancies: Period;
  charts: Period;
}

/** With no date range, each figure keeps its own window (last 4 weeks, this quarter,
 * last 6 months of charts); a chosen range applies to all of them, so a shared link is exact. */
export function windowsFor(filters: DashboardFilters, today: string): Windows {
  if (filters.from || filters.to) {
    const range = { from: filters.from ?? '2000-01-01', to: filters.to ?? today };
    return { attendance: range, vacancies: range, charts: range };
  }
  const sixMonthsFrom = `${monthsEndingAt(today, 6)[0] ?? today.slice(0, 7)}-01`;
  return {
    attendance: lastFourWeeks(today),
    vacancies: quarterOf(today),
    charts: { from: sixMonthsFrom, to: today },
  };
}

export interface AttendanceRow {
  session: Session;
  enrolment: Enrolment;
  code: AttendanceCode | null;
}

/** Register rows of held sessions in the period (a session later than today is not held).
 * A provider-cancelled session counts as code 4 whatever its rows say, as flags do. */
export function attendanceRows(
  db: Db,
  cohortIds: Set<string>,
  period: Period,
  today: string,
): AttendanceRow[] {
  const sessions = new Map(
    db.sessions
      .filter((s) => cohortIds.has(s.cohortId) && inPeriod(s.date, period) && s.date <= today)
      .map((s) => [s.id, s]),
  );
  const enrolments = new Map(db.enrolments.map((e) => [e.id, e]));
  return db.attendance.flatMap((a) => {
    const session = sessions.get(a.sessionId);
    const enrolment = enrolments.get(a.enrolmentId);
    // docs/domain.md: sessions held before a participant joined are not theirs.
    if (!session || !enrolment || session.date < enrolment.joinedOn) return [];
    return [{ session, enrolment, code: sessionCode(session, a.code) }];
  });
}
