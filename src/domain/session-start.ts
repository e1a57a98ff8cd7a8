import { toUtcMs, type IsoDate } from './dates';

// A session starts at its date and start time on London's clock (GMT in winter, BST in
// summer), whatever the time zone of the computer asking. A register is a record of who came,
// so it can be finalised only once the session has started.

let londonParts: Intl.DateTimeFormat | undefined;

/** How far London's clock is ahead of UTC at an instant, in milliseconds (0 or one hour). */
function londonOffsetMs(utcMs: number): number {
  londonParts ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  });
  const n = (type: string) =>
    Number(londonParts?.formatToParts(utcMs).find((p) => p.type === type)?.value);
  const wall = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'));
  return wall - Math.floor(utcMs / 60_000) * 60_000;
}

/** The instant a session starts: `date` at `startTime` ('HH:MM') in London. A time the clocks
 * skip in spring (01:00 to 02:00 on the last Sunday of March) moves on by the hour skipped, as
 * a clock would show it (01:30 is 02:30 BST). */
export function sessionStartsAt(date: IsoDate, startTime: string): Date {
  const [hours, minutes] = startTime.split(':').map(Number);
  const wall = toUtcMs(date) + ((hours ?? 0) * 60 + (minutes ?? 0)) * 60_000;
  // The offset at the wall time read as UTC is right except within an hour of a change;
  // asking again at the corrected instant settles it.
  const first = wall - londonOffsetMs(wall);
  return new Date(wall - londonOffsetMs(first));
}

/** Why a session's register cannot be finalised yet, or null once the session has started. */
export function notStartedYet(
  session: { date: IsoDate; startTime: string },
  now: Date,
): string | null {
  return now.getTime() < sessionStartsAt(session.date, session.startTime).getTime()
    ? `You can finalise once the session has started at ${session.startTime}.`
    : null;
}
