import { addDays, type IsoDate } from './dates';

export type RegisterState =
  'cancelled' | 'upcoming' | 'today' | 'overdue' | 'complete' | 'finalised';

interface SessionProgress {
  date: IsoDate;
  cancelledByProvider: boolean;
  finalised: boolean;
  marked: number;
  expected: number;
}

/** A register not complete a day after the session is overdue. */
export function registerState(s: SessionProgress, today: IsoDate): RegisterState {
  if (s.cancelledByProvider) return 'cancelled';
  if (s.finalised) return 'finalised';
  if (s.date > today) return 'upcoming';
  if (s.expected > 0 && s.marked >= s.expected) return 'complete';
  if (s.date === today) return 'today';
  return s.date <= addDays(today, -1) ? 'overdue' : 'today';
}
