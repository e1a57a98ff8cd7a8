import type { IsoDate } from './dates';

export interface VacancyWindow {
  open: boolean;
  /** Last day a new person can still join (the day before the cut-off session). */
  cutoffDate: IsoDate | null;
  closedReason: string | null;
}

/** docs/domain.md: a freed group place is offered only while late joining is still useful
 * (before the cut-off session, default session 3); a workshop place until it starts. */
export function vacancyWindow(input: {
  type: 'course' | 'workshop';
  sessions: { number: number; date: IsoDate }[];
  cutoffSession: number;
  today: IsoDate;
}): VacancyWindow {
  const cutoffNumber = input.type === 'workshop' ? 1 : input.cutoffSession;
  const cutoff = input.sessions.find((s) => s.number === cutoffNumber)?.date ?? null;
  if (!cutoff)
    return {
      open: false,
      cutoffDate: null,
      closedReason: 'The cohort has no session to join before.',
    };
  if (input.today < cutoff) return { open: true, cutoffDate: cutoff, closedReason: null };
  return {
    open: false,
    cutoffDate: cutoff,
    closedReason:
      input.type === 'workshop'
        ? 'The workshop has already started.'
        : `Late joining closed at session ${cutoffNumber}: joining now would miss too much of the course.`,
  };
}

/** Where a vacancy stands, as its badge says it. */
export type VacancyStanding =
  'offered' | 'filled' | 'closed' | 'late_joining_closed' | 'not_offered';

/** An accepted offer fills the place (status 'filled'), which is not the
 * late-joining cut-off, however early the cohort starts; only an open place that can no longer
 * be offered is "late joining closed". */
export function vacancyStanding(v: {
  status: 'open' | 'filled' | 'closed';
  offerable: boolean;
  hasOpenOffer: boolean;
}): VacancyStanding {
  if (v.hasOpenOffer) return 'offered';
  if (v.status === 'filled') return 'filled';
  if (v.status === 'closed') return 'closed';
  return v.offerable ? 'not_offered' : 'late_joining_closed';
}
