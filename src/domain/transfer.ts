import type { AttendanceCode } from './attendance-codes';
import { countsAsAttended } from './attendance-codes';
import type { IsoDate } from './dates';

interface Held {
  topic: string;
  code: AttendanceCode | null;
}

interface TargetSession {
  topic: string;
  date: IsoDate;
  cancelled: boolean;
}

export interface TransferFit {
  attended: string[];
  stillNeeded: string[];
  /** Needed topics the target cohort has already covered before today: missed even after moving. */
  missedInTarget: string[];
}

/** What a transfer means for the person, topic by topic. */
export function transferFit(
  held: Held[],
  topics: readonly string[],
  target: TargetSession[],
  today: IsoDate,
): TransferFit {
  const attended = topics.filter((t) =>
    held.some((h) => h.topic === t && h.code !== null && countsAsAttended(h.code)),
  );
  const stillNeeded = topics.filter((t) => !attended.includes(t));
  const alreadyRun = new Set(
    target.filter((s) => !s.cancelled && s.date < today).map((s) => s.topic),
  );
  return { attended, stillNeeded, missedInTarget: stillNeeded.filter((t) => alreadyRun.has(t)) };
}
