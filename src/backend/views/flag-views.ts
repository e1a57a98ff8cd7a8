import type { FlagView } from '../../api/schemas/flags';
import type { Enrolment } from '../../api/schemas/participants';
import { enrolmentAbsences, type AbsenceSummary } from '../../domain/absence';
import { todayIso } from '../../domain/dates';
import { canBeFlagged } from '../../domain/commands/flags';
import { nextSession } from '../../domain/lifecycle';
import type { Snapshot as Db } from '../snapshot';

/** Absences so far for one enrolment, with the shared rule (src/domain/absence.ts). */
export function absenceSummary(db: Db, enrolment: Enrolment): AbsenceSummary {
  return enrolmentAbsences(db, enrolment);
}

export function flagFor(db: Db, enrolment: Enrolment): FlagView | null {
  if (!canBeFlagged(enrolment.status)) return null;
  const summary = absenceSummary(db, enrolment);
  if (summary.status === 'ok') return null;
  const participant = db.participants.find((p) => p.id === enrolment.participantId);
  const cohort = db.cohorts.find((c) => c.id === enrolment.cohortId);
  const staffName = (id: string) => db.staff.find((s) => s.id === id)?.name ?? 'Staff';
  // The flag opened at the absence that reached the threshold (at risk) or passed it (breached).
  const threshold = db.settings.absenceThreshold;
  const opening =
    summary.missed[summary.status === 'breached' ? threshold : threshold - 1] ??
    summary.missed[summary.missed.length - 1];
  // A "keep" decision covers the absences known when it was made; a new absence re-opens the flag.
  const review = db.flagReviews
    .filter((r) => r.enrolmentId === enrolment.id && r.absencesAtReview === summary.absences)
    .at(-1);
  const today = todayIso();
  const next = cohort
    ? nextSession(
        cohort.status,
        db.sessions.filter((s) => s.cohortId === cohort.id),
        new Date(),
      )
    : null;
  return {
    enrolmentId: enrolment.id,
    enrolmentVersion: enrolment.version,
    participantId: enrolment.participantId,
    name: participant ? `${participant.givenName} ${participant.familyName}` : 'Unknown',
    cohortId: enrolment.cohortId,
    cohortName: cohort?.name ?? '',
    status: summary.status,
    absences: summary.absences,
    consecutiveAbsences: summary.consecutiveAbsences,
    missed: summary.missed,
    missedTopics: summary.missedTopics,
    lastAttended: summary.lastAttended,
    openedOn: opening?.date ?? today,
    review: review
      ? { reason: review.reason, at: review.at, byName: staffName(review.byStaffId) }
      : null,
    contacts: db.flagContacts
      .filter((c) => c.enrolmentId === enrolment.id)
      .map((c) => ({ date: c.date, byName: staffName(c.byStaffId), note: c.note })),
    nextSession: next ? { number: next.number, date: next.date } : null,
  };
}
