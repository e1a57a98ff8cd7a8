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

/** Who may do what on one register, and if nothing, why: one answer the page shows in words
 * rather than controls that look active and do nothing. */
export type RegisterAccess =
  | { mode: 'mark' }
  | { mode: 'read'; why: 'role' }
  | { mode: 'read'; why: 'not_open'; opensOn: IsoDate }
  | { mode: 'read'; why: 'cancelled' };

/** A register is marked by those the policy lets mark (facilitators of the cohort, admins),
 * from the day of its session (earlier, notice of an absence is recorded from the cohort's
 * page); a session the provider cancelled has nothing to mark. Finalised registers are
 * amended by the same people, so finalising does not change who may act. */
export function registerAccess(s: {
  mayMark: boolean;
  date: IsoDate;
  cancelledByProvider: boolean;
  today: IsoDate;
}): RegisterAccess {
  if (!s.mayMark) return { mode: 'read', why: 'role' };
  if (s.cancelledByProvider) return { mode: 'read', why: 'cancelled' };
  if (s.date > s.today) return { mode: 'read', why: 'not_open', opensOn: s.date };
  return { mode: 'mark' };
}
