import type { CohortSummary } from '../../api/schemas/cohorts';
import type { DashboardSummary } from '../../api/schemas/dashboard';
import type { Referral } from '../../api/schemas/referrals';
import { DID_NOT_ATTEND, GAVE_NOTICE, LATE_NOT_SEEN } from '../../domain/attendance-codes';
import { absencesByCode, attendanceRate, countOn, type Span } from '../../domain/metrics';
import { monthEnd, monthKey, monthsIn, type Period } from '../../domain/periods';
import type { StaffUser } from '../../api/schemas/staff';
import type { Snapshot as Db } from '../snapshot';
import { attendanceRows, type Windows } from './dashboard-scope';
import { can } from '../../domain/policy';

type Charts = DashboardSummary['charts'];

export function charts(
  db: Db,
  user: StaffUser,
  cohorts: CohortSummary[],
  windows: Windows,
  today: string,
  /** How many were waiting at each of waitingDates' days, when worked out elsewhere (the
   * server's SQL, which must agree with waitingOn); by default from the records. */
  waitingCounts?: number[],
): Charts {
  const period = windows.charts;
  // "Course week" only means something for the eight-week course, not a one-off workshop.
  const courses = new Set(cohorts.filter((c) => c.type === 'course').map((c) => c.id));
  const courseRows = attendanceRows(db, courses, period, today);
  const allRows = attendanceRows(db, new Set(cohorts.map((c) => c.id)), period, today);
  const months = monthsIn(period);

  return {
    attendanceByWeek: [1, 2, 3, 4, 5, 6, 7, 8].map((week) => ({
      week,
      ...attendanceRate(courseRows.filter((r) => r.session.number === week).map((r) => r.code)),
    })),
    absencesByMonth: months.map((month) => {
      const counts = absencesByCode(
        allRows.filter((r) => monthKey(r.session.date) === month).map((r) => r.code),
      );
      return {
        month,
        code2: counts[GAVE_NOTICE],
        code3: counts[DID_NOT_ATTEND],
        code7: counts[LATE_NOT_SEEN],
      };
    }),
    waitingByMonth: !can(user.role, 'referral.read')
      ? null
      : waitingByMonth(
          months,
          period,
          today,
          waitingCounts ?? waitingOn(db, waitingDates(period, today)),
        ),
    occupancy: cohorts
      .filter((c) => c.status !== 'cancelled')
      .sort((a, b) => a.startDate.localeCompare(b.startDate))
      .map((c) => ({
        cohortId: c.id,
        name: c.name,
        status: c.status,
        filled: c.filled,
        capacity: c.capacity,
      })),
  };
}

/** The days the waiting-list chart counts: each month's end in the period, none after today. */
export function waitingDates(period: Period, today: string): string[] {
  const cap = period.to < today ? period.to : today;
  return monthsIn(period).map((month) => monthEnd(month, cap));
}

function waitingByMonth(months: string[], period: Period, today: string, counts: number[]) {
  const dates = waitingDates(period, today);
  return months.map((month, i) => ({ month, date: dates[i]!, waiting: counts[i] ?? 0 }));
}

/** How many people were on the waiting list on each of `dates` (the rule the server's SQL
 * answers too: src/server/db/dashboard-query.ts). */
export function waitingOn(
  db: Pick<Db, 'referrals' | 'enrolments' | 'audit'>,
  dates: string[],
): number[] {
  const spans = db.referrals.flatMap((r) => {
    const span = waitingSpan(db, r);
    return span ? [span] : [];
  });
  return dates.map((date) => countOn(spans, date));
}

/** On the list from the referral date until enrolled or closed. The day someone left comes
 * from their enrolment (joinedOn) or the audit entry that closed the referral (its last; an
 * edit or a logged contact is not leaving); with neither, the past is unknown and the person
 * is left out of the history rather than guessed. */
export function waitingSpan(db: Pick<Db, 'enrolments' | 'audit'>, r: Referral): Span | null {
  if (r.status === 'waiting' || r.status === 'offered')
    return { from: r.referralDate, until: null };
  const joined =
    r.status === 'enrolled'
      ? db.enrolments
          .filter((e) => e.participantId === r.participantId && e.joinedOn >= r.referralDate)
          .map((e) => e.joinedOn)
          .sort()[0]
      : undefined;
  const event = db.audit
    .filter((a) => a.entity === 'referral' && a.entityId === r.id && a.action === 'referral.close')
    .at(-1);
  const until = joined ?? event?.at.slice(0, 10);
  return until ? { from: r.referralDate, until } : null;
}
