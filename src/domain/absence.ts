import {
  countsAsAbsence,
  countsAsAttended,
  sessionCode,
  tookPlace,
  type AttendanceCode,
} from './attendance-codes';
import type { IsoDate } from './dates';
import { markOf, sessionsOf } from './record-index';

export interface SessionAttendance {
  sessionNumber: number;
  date: IsoDate;
  topic: string;
  /** null = not yet marked */
  code: AttendanceCode | null;
}

export type FlagStatus = 'ok' | 'at_risk' | 'breached';

export interface MissedSession {
  sessionNumber: number;
  date: IsoDate;
  code: AttendanceCode;
}

export interface AbsenceSummary {
  absences: number;
  /** Current trailing run of absences among marked sessions. */
  consecutiveAbsences: number;
  missedTopics: string[];
  missed: MissedSession[];
  lastAttended: IsoDate | null;
  status: FlagStatus;
  /** Sessions on/after joining that actually took place for this participant. */
  sessionsHeld: number;
}

const SEVERITY: Record<FlagStatus, number> = { ok: 0, at_risk: 1, breached: 2 };

export function flagSeverity(status: FlagStatus): number {
  return SEVERITY[status];
}

// docs/domain.md: with the default threshold 2, the 2nd absence puts the participant
// at risk and the 3rd breaches. Zero absences is never a flag, even if an admin
// sets the threshold to 0, because there is nothing to act on yet.
export function flagStatus(absences: number, threshold: number): FlagStatus {
  if (absences > threshold) return 'breached';
  if (absences === threshold && absences > 0) return 'at_risk';
  return 'ok';
}

export function summariseAbsences(
  records: SessionAttendance[],
  opts: { threshold: number; joinedOn?: IsoDate },
): AbsenceSummary {
  const { threshold, joinedOn } = opts;
  // docs/domain.md: sessions held before a participant joined are not absences.
  const relevant = records
    .filter((r) => joinedOn === undefined || r.date >= joinedOn)
    .sort((a, b) => a.sessionNumber - b.sessionNumber);

  const missed: MissedSession[] = [];
  const missedTopics: string[] = [];
  let lastAttended: IsoDate | null = null;
  let consecutiveAbsences = 0;
  let sessionsHeld = 0;

  for (const record of relevant) {
    const { code } = record;
    if (!tookPlace(code)) continue;
    sessionsHeld += 1;
    if (countsAsAbsence(code)) {
      missed.push({ sessionNumber: record.sessionNumber, date: record.date, code });
      missedTopics.push(record.topic);
      consecutiveAbsences += 1;
    } else if (countsAsAttended(code)) {
      lastAttended = record.date;
      consecutiveAbsences = 0;
    }
  }

  const absences = missed.length;
  return {
    absences,
    consecutiveAbsences,
    missedTopics,
    missed,
    lastAttended,
    status: flagStatus(absences, threshold),
    sessionsHeld,
  };
}

interface AbsenceRecords {
  sessions: readonly {
    id: string;
    cohortId: string;
    number: number;
    date: IsoDate;
    topic: string;
    status: string;
  }[];
  attendance: readonly { sessionId: string; enrolmentId: string; code: AttendanceCode | null }[];
  settings: { absenceThreshold: number };
}

/** One enrolment's absences so far, from the stored sessions and marks: a session the provider
 * cancelled is code 4 for everyone (it did not happen for them). */
export function enrolmentAbsences(
  r: AbsenceRecords,
  enrolment: { id: string; cohortId: string; joinedOn: IsoDate },
): AbsenceSummary {
  const records = sessionsOf(r, enrolment.cohortId).map((s) => ({
    sessionNumber: s.number,
    date: s.date,
    topic: s.topic,
    code: sessionCode(s, markOf(r, s.id, enrolment.id)?.code ?? null),
  }));
  return summariseAbsences(records, {
    threshold: r.settings.absenceThreshold,
    joinedOn: enrolment.joinedOn,
  });
}
