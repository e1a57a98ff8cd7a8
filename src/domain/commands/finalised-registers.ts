import type { Session } from '../../api/schemas/cohorts';
import type { Enrolment } from '../../api/schemas/participants';
import { notStartedYet } from '../session-start';
import { refuse, type CommandContext } from './command';
import { registerEnrolments, type RegisterRecords } from './register-roster';

// A register is a record of who came. Once a session has been held, or its register finalised,
// no admin action may rewrite it: only a mark changed on the register itself, as an amendment
// with a reason (./registers.ts), which keeps the old code in the audit trail.

/** A session the provider may still cancel: not yet started (London time), not finalised. */
export function expectNotHeld(session: Session, ctx: Pick<CommandContext, 'now'>): void {
  if (session.registerFinalisedAt) {
    refuse(
      'invalid_state',
      `Session ${session.number}'s register is finalised: it cannot be cancelled. Correct a mark on the register, as an amendment with a reason.`,
    );
  }
  if (!notStartedYet(session, new Date(ctx.now))) {
    refuse(
      'invalid_state',
      `Session ${session.number} has already been held: it cannot be cancelled. Correct a mark on the register, as an amendment with a reason.`,
    );
  }
}

/** The date a place ends: a day between joining (or today, for a place not begun) and today,
 * and after every finalised register the person is on (leaving on or before it would take them
 * off it). */
export function expectLeavingDate(
  r: Pick<RegisterRecords, 'sessions' | 'enrolments'>,
  enrolment: Enrolment,
  date: string,
  ctx: Pick<CommandContext, 'today'>,
  field = 'date',
): void {
  const problem = leavingDateProblem(r, enrolment, date, ctx.today);
  if (problem) refuse('validation_failed', problem, { [field]: [problem] });
}

function leavingDateProblem(
  r: Pick<RegisterRecords, 'sessions' | 'enrolments'>,
  enrolment: Enrolment,
  date: string,
  today: string,
): string | null {
  // Someone whose place starts later (a transfer into a cohort yet to begin) can leave today.
  if (date < enrolment.joinedOn && date < today)
    return `Choose a date on or after ${longDate(enrolment.joinedOn)}, when they joined.`;
  if (date > today) return 'Choose today or an earlier date: a withdrawal cannot be in the future.';
  const finalised = r.sessions
    .filter((s) => s.cohortId === enrolment.cohortId && s.registerFinalisedAt && s.date >= date)
    .filter((s) => registerEnrolments([enrolment], s).length > 0)
    .sort((a, b) => b.date.localeCompare(a.date))[0];
  if (finalised)
    return `Session ${finalised.number}'s register (${longDate(finalised.date)}) is finalised with them on it: choose a date after it.`;
  return null;
}

/** "5 January 2026": a date as a message shows it (en-GB, whatever the computer's locale). */
function longDate(date: string): string {
  return new Date(`${date}T12:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
