import { todayIso, type IsoDate } from './dates';
import { sessionStartsAt } from './session-start';

export type LifecycleStatus = 'planned' | 'running' | 'completed' | 'cancelled';

/** A session as the timeline rules need it. */
export interface TimedSession {
  number: number;
  date: IsoDate;
  startTime: string;
  status: 'scheduled' | 'cancelled_by_provider';
}

// "When" is a moment (a Date) wherever the answer is shown, so a first session three hours
// away is not yet "held". Commands that only ask whether a cohort has ended or was cancelled
// may pass a calendar day: then every session on that day counts as held.
function held(session: Pick<TimedSession, 'date' | 'startTime'>, at: Date | IsoDate): boolean {
  if (typeof at === 'string') return session.date <= at;
  return sessionStartsAt(session.date, session.startTime).getTime() <= at.getTime();
}

/** docs/domain.md lifecycle: planned -> running once the first session has been held (has
 * started) -> completed after the day of the last; a cancelled cohort stays cancelled. Derived
 * from the scheduled sessions, so it never goes stale. */
export function lifecycleStatus(
  stored: LifecycleStatus,
  sessions: readonly Pick<TimedSession, 'date' | 'startTime'>[],
  at: Date | IsoDate,
): LifecycleStatus {
  if (stored === 'cancelled' || sessions.length === 0) return stored;
  const sorted = [...sessions].sort((a, b) => a.date.localeCompare(b.date));
  const today = typeof at === 'string' ? at : todayIso(at);
  if ((sorted[sorted.length - 1] as TimedSession).date < today) return 'completed';
  return held(sorted[0] as TimedSession, at) ? 'running' : 'planned';
}

/** The one rule for "next session": the earliest scheduled session that has not started yet,
 * of a cohort that is neither cancelled nor completed. A session already held, or one the
 * provider cancelled, is never "next". */
export function nextSession<S extends TimedSession>(
  stored: LifecycleStatus,
  sessions: readonly S[],
  now: Date,
): S | null {
  if (stored === 'cancelled') return null;
  const scheduled = sessions.filter((s) => s.status === 'scheduled');
  if (lifecycleStatus(stored, scheduled, now) === 'completed') return null;
  return (
    scheduled
      .filter((s) => !held(s, now))
      .sort(
        (a, b) =>
          sessionStartsAt(a.date, a.startTime).getTime() -
            sessionStartsAt(b.date, b.startTime).getTime() || a.number - b.number,
      )[0] ?? null
  );
}
