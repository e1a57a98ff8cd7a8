import type { AttendanceCode } from './attendance-codes';
import { INSTRUMENT_KEYS, instrumentTotal, type Instrument } from './measures';
import {
  ASSESSMENT_TOOL_CODES,
  CONSULTATION_MEDIUM,
  THERAPY_MODE_GROUP,
} from './talking-therapies-codes';

// The rows of the NHS Talking Therapies data set export, built from a session's facts and a
// person's answers with the codes of talking-therapies-codes.ts (the one table of them).

export interface ContactFacts {
  sessionId: string;
  enrolmentId: string;
  nhsNumber: string;
  date: string;
  startTime: string;
  durationMinutes: number;
  delivery: 'online' | 'face_to_face';
  attendanceCode: AttendanceCode;
  participants: number;
  facilitators: number;
}

/** IDS201 Care Contact: one per person per session. */
export function careContactRow(f: ContactFacts) {
  return {
    careContactId: `${f.sessionId}-${f.enrolmentId}`,
    nhsNumber: f.nhsNumber,
    careContDate: f.date,
    careContTime: f.startTime,
    clinContDurOfCareCont: f.durationMinutes,
    consMediumUsed: CONSULTATION_MEDIUM[f.delivery].code,
    attendOrDnaCode: String(f.attendanceCode),
    careContPatientTherMode: THERAPY_MODE_GROUP.code,
    numGroupTherParticipants: f.participants,
    numGroupTherFacilitators: f.facilitators,
  };
}

/** IDS202 Care Activity: what happened at a contact the person attended (the course session). */
export function careActivityRow(careContactId: string) {
  return { careActivityId: `${careContactId}-act`, careContactId };
}

/** IDS607 Coded Scored Assessment: one per instrument given that has a code. */
export function scoredAssessmentRows(
  careActivityId: string,
  date: string,
  answers: Record<Instrument, readonly number[] | null>,
) {
  return INSTRUMENT_KEYS.flatMap((instrument) => {
    const tool = ASSESSMENT_TOOL_CODES[instrument];
    const score = instrumentTotal(answers[instrument] ? [...answers[instrument]] : null);
    if (!tool || score === null) return [];
    return [
      {
        careActivityId,
        codedAssToolType: tool.code,
        persScore: String(score),
        assToolCompDate: date,
      },
    ];
  });
}
