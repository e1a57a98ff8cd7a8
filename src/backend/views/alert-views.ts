import type { AlertItem, SafetyAlert } from '../../api/schemas/alerts';
import { fullName } from '../../domain/names';
import type { Snapshot as Db } from '../snapshot';

/** An alert as the lists show it: whose, which cohort and session; never the answers. */
export function alertItem(db: Db, alert: SafetyAlert): AlertItem {
  const enrolment = db.enrolments.find((e) => e.id === alert.enrolmentId);
  const person = db.participants.find((p) => p.id === enrolment?.participantId);
  const session = db.sessions.find((s) => s.id === alert.sessionId);
  return {
    ...alert,
    participantName: person ? fullName(person) : 'Unknown person',
    cohortName: db.cohorts.find((c) => c.id === alert.cohortId)?.name ?? '',
    sessionNumber: session?.number ?? 0,
    sessionDate: session?.date ?? alert.raisedAt.slice(0, 10),
  };
}
