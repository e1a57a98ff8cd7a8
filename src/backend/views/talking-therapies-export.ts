import { countsAsAttended } from '../../domain/attendance-codes';
import { registerEnrolments } from '../../domain/commands/register-roster';
import {
  careActivityRow,
  careContactRow,
  scoredAssessmentRows,
} from '../../domain/talking-therapies';
import type { Snapshot as Db } from '../snapshot';

/** The data set's rows for the sessions held from `from` to `to`: a care contact for everyone
 * on each register with a mark (unmarked rows are not known yet and are left out); a care
 * activity and its scored assessments for each contact the person attended. */
export function talkingTherapiesExport(db: Db, from: string, to: string) {
  const careContacts = [];
  const careActivities = [];
  const codedScoredAssessments = [];
  const sessions = db.sessions
    .filter((s) => s.date >= from && s.date <= to)
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  for (const session of sessions) {
    const cohort = db.cohorts.find((c) => c.id === session.cohortId);
    if (!cohort) continue;
    const marks = registerEnrolments(db.enrolments, session).flatMap((e) => {
      const mark = db.attendance.find((a) => a.sessionId === session.id && a.enrolmentId === e.id);
      return mark?.code != null ? [{ enrolment: e, code: mark.code }] : [];
    });
    const participants = marks.filter((m) => countsAsAttended(m.code)).length;
    for (const { enrolment, code } of marks) {
      const contact = careContactRow({
        sessionId: session.id,
        enrolmentId: enrolment.id,
        nhsNumber: db.participants.find((p) => p.id === enrolment.participantId)?.nhsNumber ?? '',
        date: session.date,
        startTime: session.startTime,
        durationMinutes: cohort.sessionLengthMinutes,
        delivery: cohort.delivery,
        attendanceCode: code,
        participants,
        facilitators: cohort.facilitatorIds.length,
      });
      careContacts.push(contact);
      if (!countsAsAttended(code)) continue;
      const activity = careActivityRow(contact.careContactId);
      careActivities.push(activity);
      const set = db.measures.find(
        (m) => m.sessionId === session.id && m.enrolmentId === enrolment.id,
      );
      if (set)
        codedScoredAssessments.push(
          ...scoredAssessmentRows(activity.careActivityId, session.date, set),
        );
    }
  }
  return { from, to, careContacts, careActivities, codedScoredAssessments };
}
