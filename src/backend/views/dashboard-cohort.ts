import type { Cohort } from '../../api/schemas/cohorts';
import type { CohortDashboard, GridCell, SessionTally } from '../../api/schemas/dashboard';
import {
  ATTENDED,
  DID_NOT_ATTEND,
  GAVE_NOTICE,
  LATE_NOT_SEEN,
  LATE_SEEN,
  type AttendanceCode,
} from '../../domain/attendance-codes';
import { todayIso } from '../../domain/dates';
import { wasEnrolledOn } from '../../domain/enrolment';
import { attendanceRate, completionStatus, countAttended } from '../../domain/metrics';
import type { Snapshot as Db } from '../snapshot';
import { flagFor } from './flag-views';
import { cohortSummary, roster } from './views';
import { markOf } from '../../domain/record-index';

/** One cohort's figures for the manager's cohort dashboard. */
export function cohortDashboard(db: Db, cohort: Cohort, now: Date): CohortDashboard {
  const today = todayIso(now);
  const sessions = db.sessions
    .filter((s) => s.cohortId === cohort.id)
    .sort((a, b) => a.number - b.number);
  const codeOf = (
    sessionId: string,
    enrolmentId: string,
    providerCancelled: boolean,
  ): AttendanceCode | null =>
    providerCancelled ? 4 : (markOf(db, sessionId, enrolmentId)?.code ?? null);
  // An offer not yet taken up is not a place (src/domain/enrolment.ts), so it has no row here.
  const people = roster(db, cohort.id).filter((e) => e.status !== 'offered');
  // A one-off workshop has a single session: completing it means attending it.
  const minSessions = Math.min(db.settings.completionMinSessions, sessions.length);

  const participants = people.map((e) => {
    const cells: GridCell[] = sessions.map((s) => {
      if (!wasEnrolledOn(e, s.date))
        return { sessionNumber: s.number, code: null, state: 'not_enrolled' };
      const code = codeOf(s.id, e.id, s.status === 'cancelled_by_provider');
      if (code !== null) return { sessionNumber: s.number, code, state: 'marked' };
      return { sessionNumber: s.number, code: null, state: s.date > today ? 'future' : 'unmarked' };
    });
    const codes = cells.map((c) => c.code);
    const sessionsLeft = sessions.filter(
      (s, i) =>
        s.status === 'scheduled' &&
        s.date >= today &&
        cells[i]?.state !== 'marked' &&
        cells[i]?.state !== 'not_enrolled',
    ).length;
    const attended = countAttended(codes);
    return {
      enrolmentId: e.id,
      name: `${e.participant.givenName} ${e.participant.familyName}`,
      status: e.status,
      cells,
      attended,
      absences: e.absences,
      flag: flagFor(db, e)?.status ?? 'ok',
      completion: completionStatus(attended, sessionsLeft, minSessions),
    } as const;
  });

  const sessionTallies: SessionTally[] = sessions.map((s, i) => {
    const held = participants
      .map((p) => p.cells[i])
      .filter((c) => c && c.state !== 'not_enrolled' && c.state !== 'future');
    const n = (code: AttendanceCode) => held.filter((c) => c?.code === code).length;
    return {
      sessionId: s.id,
      number: s.number,
      date: s.date,
      providerCancelled: s.status === 'cancelled_by_provider',
      code5: n(ATTENDED),
      code6: n(LATE_SEEN),
      code7: n(LATE_NOT_SEEN),
      code2: n(GAVE_NOTICE),
      code3: n(DID_NOT_ATTEND),
      unmarked: held.filter((c) => c?.state === 'unmarked').length,
    };
  });

  const { attended, due, rate } = attendanceRate(
    participants.flatMap((p) => p.cells.map((c) => c.code)),
  );
  return {
    today,
    cohort: cohortSummary(db, cohort, now),
    completionMinSessions: minSessions,
    absenceThreshold: db.settings.absenceThreshold,
    attendance: { attended, due, rate },
    completion: {
      completed: participants.filter((p) => p.completion === 'completed').length,
      onTrack: participants.filter((p) => p.completion === 'on_track').length,
      cannotComplete: participants.filter((p) => p.completion === 'cannot_complete').length,
    },
    sessions: sessionTallies,
    participants,
  };
}
