import type { CohortOutcomes } from '../../api/schemas/outcomes';
import type { Cohort } from '../../api/schemas/cohorts';
import { countsAsAttended } from '../../domain/attendance-codes';
import { totalsOf } from '../../domain/measures';
import { fullName } from '../../domain/names';
import { personOutcome, summariseOutcomes, type SessionScores } from '../../domain/outcomes';
import type { Snapshot as Db } from '../snapshot';

/** A cohort's outcomes from its people's answer sets and marks (the rules in src/domain). Everyone
 * who has held a place is counted, whatever happened next: a person who left still had a course. */
export function cohortOutcomes(db: Db, cohort: Cohort): CohortOutcomes {
  const sessions = new Map(
    db.sessions.filter((s) => s.cohortId === cohort.id).map((s) => [s.id, s]),
  );
  const people = db.enrolments
    .filter((e) => e.cohortId === cohort.id && e.status !== 'offered')
    .map((e) => {
      const attendedIds = new Set(
        db.attendance
          .filter(
            (a) =>
              a.enrolmentId === e.id &&
              sessions.has(a.sessionId) &&
              a.code !== null &&
              countsAsAttended(a.code),
          )
          .map((a) => a.sessionId),
      );
      const attended = attendedIds.size;
      // Only sessions the person attended: answers given by link before a session they then
      // missed describe no session of the course.
      const scores: SessionScores[] = db.measures
        .filter((m) => m.enrolmentId === e.id && attendedIds.has(m.sessionId))
        .map((m) => {
          const s = sessions.get(m.sessionId)!;
          return { sessionId: s.id, sessionNumber: s.number, date: s.date, totals: totalsOf(m) };
        })
        .sort((a, b) => a.sessionNumber - b.sessionNumber);
      const person = db.participants.find((p) => p.id === e.participantId);
      return {
        ...personOutcome(e.id, scores, attended),
        name: person ? fullName(person) : 'Unknown person',
        attendedSessions: attended,
        scores: scores.map((s) => ({ sessionNumber: s.sessionNumber, date: s.date, ...s.totals })),
      };
    });
  const finished = people.filter((p) => p.attendedSessions >= 2).length;
  return {
    cohortId: cohort.id,
    cohortName: cohort.name,
    people,
    summary: summariseOutcomes(people, finished),
  };
}

/** The service's figures over a set of cohorts: everyone's outcome by the cohort rule, then one
 * summary over all of them (a rate over people, not an average of cohorts' rates). */
export function serviceOutcomes(db: Db, cohorts: readonly Cohort[]) {
  const people = cohorts.flatMap((c) => cohortOutcomes(db, c).people);
  return summariseOutcomes(people, people.filter((p) => p.attendedSessions >= 2).length);
}
