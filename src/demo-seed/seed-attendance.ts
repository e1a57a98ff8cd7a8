import type { Cohort, Session } from '../api/schemas/cohorts';
import type { Enrolment } from '../api/schemas/participants';
import {
  ATTENDED,
  DID_NOT_ATTEND,
  GAVE_NOTICE,
  LATE_NOT_SEEN,
  LATE_SEEN,
  type AttendanceCode,
} from '../domain/attendance-codes';
import { sessionStartsAt } from '../domain/session-start';
import type { SeedContext } from './seed-context';
import type { CohortPlan } from './seed-plans';

/** Registers of the sessions held so far; the plan says how far its latest register got. */
export function seedAttendance(
  { db, today, rand, pick, id }: SeedContext,
  plan: CohortPlan,
  cohort: Cohort,
  sessions: Session[],
  enrolments: readonly Enrolment[],
): void {
  const held = sessions.filter((s) => s.date < today);
  held.forEach((session, index) => {
    const isLatest = index === held.length - 1;
    // Marked once the session is under way and finalised at its end, never before it started.
    const start = sessionStartsAt(session.date, session.startTime).getTime();
    const at = (minutes: number) => new Date(start + minutes * 60_000).toISOString();
    if (isLatest && plan.latestRegister === 'unmarked') return;
    enrolments.forEach((enrolment, row) => {
      if (isLatest && plan.latestRegister === 'partial' && row % 2 === 1) return;
      const code = plannedCode(plan, row, session.number, rand);
      db.attendance.push({
        id: id('att'),
        sessionId: session.id,
        enrolmentId: enrolment.id,
        code,
        note:
          code === GAVE_NOTICE
            ? pick(['Hospital appointment', 'Childcare', 'Flare-up, emailed ahead'])
            : '',
        catchUpSent: code === GAVE_NOTICE || code === DID_NOT_ATTEND ? rand() < 0.6 : false,
        updatedAt: at(10),
        updatedBy: cohort.facilitatorIds[0] ?? null,
        version: 1,
      });
    });
    if (!isLatest || plan.latestRegister === 'finalised')
      session.registerFinalisedAt = at(cohort.sessionLengthMinutes + 5);
  });
}

/** Realistic attendance: most attend, a few patterns make people at risk or in breach. */
function plannedCode(
  plan: CohortPlan,
  row: number,
  sessionNumber: number,
  rand: () => number,
): AttendanceCode {
  const scripted = plan.scriptedAbsences?.[row];
  if (scripted) {
    if (!scripted.includes(sessionNumber)) return ATTENDED;
    return sessionNumber % 2 ? DID_NOT_ATTEND : GAVE_NOTICE;
  }
  const r = rand();
  if (r < 0.78) return ATTENDED;
  if (r < 0.86) return LATE_SEEN;
  if (r < 0.88) return LATE_NOT_SEEN;
  if (r < 0.94) return GAVE_NOTICE;
  return DID_NOT_ATTEND;
}
