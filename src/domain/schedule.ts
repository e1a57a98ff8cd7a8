import { isBankHoliday } from './bank-holidays';
import type { IsoDate } from './dates';
import { addDays, isIsoDate } from './dates';

// docs/domain.md "The service": the eight weekly topics, in their default order.
export const DEFAULT_TOPICS: readonly string[] = [
  'Why pain persists',
  'Working with difficult thoughts and feelings about pain',
  'Pacing activity to avoid flare-ups',
  'Sleep and pain',
  'Planning a return to meaningful activities and routine',
  'Communicating about pain with family, friends and clinicians',
  'Managing stress',
  'Medication and how it works with pain',
];

export const COURSE_SESSION_COUNT = 8;

export type CohortType = 'course' | 'workshop';

export interface ScheduledSession {
  number: number;
  date: IsoDate;
  topic: string;
}

export interface ScheduleInput {
  type: CohortType;
  startDate: IsoDate;
  topics?: readonly string[];
  workshopTopic?: string;
}

export class ScheduleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScheduleError';
  }
}

// Sessions are weekly, so a bank holiday pushes the session a whole week later.
function nextWorkingSameWeekday(date: IsoDate): IsoDate {
  let d = date;
  while (isBankHoliday(d)) d = addDays(d, 7);
  return d;
}

export function generateSchedule(input: ScheduleInput): ScheduledSession[] {
  if (!isIsoDate(input.startDate)) {
    throw new ScheduleError(`Invalid start date: ${input.startDate}`);
  }
  const first = nextWorkingSameWeekday(input.startDate);
  if (input.type === 'workshop') {
    return [{ number: 1, date: first, topic: input.workshopTopic ?? 'Workshop' }];
  }

  const topics = input.topics ?? DEFAULT_TOPICS;
  if (topics.length !== COURSE_SESSION_COUNT) {
    throw new ScheduleError(`A course needs ${COURSE_SESSION_COUNT} topics, got ${topics.length}`);
  }
  const sessions: ScheduledSession[] = [];
  let date = first;
  topics.forEach((topic, i) => {
    if (i > 0) date = nextWorkingSameWeekday(addDays(date, 7));
    sessions.push({ number: i + 1, date, topic });
  });
  return sessions;
}

// Sessions follow on from each other (docs/domain.md), so a moved session must stay
// strictly between its neighbours.
export function rescheduleSession(
  schedule: readonly ScheduledSession[],
  sessionNumber: number,
  newDate: IsoDate,
): ScheduledSession[] {
  if (!isIsoDate(newDate)) throw new ScheduleError(`Invalid date: ${newDate}`);
  const sorted = [...schedule].sort((a, b) => a.number - b.number);
  const index = sorted.findIndex((s) => s.number === sessionNumber);
  const target = sorted[index];
  if (!target) throw new ScheduleError(`No session ${sessionNumber} in this schedule`);
  if (isBankHoliday(newDate)) {
    throw new ScheduleError(`${newDate} is a bank holiday`);
  }
  const before = sorted[index - 1];
  const after = sorted[index + 1];
  if ((before && newDate <= before.date) || (after && newDate >= after.date)) {
    throw new ScheduleError(
      `Session ${sessionNumber} must fall between session ${before?.number ?? '-'} and ${after?.number ?? '-'}`,
    );
  }
  return sorted.map((s) => (s.number === sessionNumber ? { ...s, date: newDate } : { ...s }));
}
