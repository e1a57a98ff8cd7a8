import { toUtcMs, type IsoDate } from './dates';

// A session starts at its date and start time on London's clock (GMT in winter, BST in
// summer), whatever the time zone of the computer asking. A register is a record of who came,
// so it can be finalised only once the session has started.

let londonParts: Intl.DateTimeFormat | undefined;
const HOUR = 3_600_000;
/** Offsets by UTC hour: London's clock changes only on the hour (01:00 UTC), so one answer
 * serves the whole hour, and a dashboard asking for every session of every cohort formats each
 * hour once instead of each session twice. */
const offsetByHour = new Map<number, number>();

/** How far London's clock is ahead of UTC at an instant, in milliseconds (0 or one hour). */
function londonOffsetMs(utcMs: number): number {
  const hour = Math.floor(utcMs / HOUR);
  const known = offsetByHour.get(hour);
  if (known !== undefined) return known;
  londonParts ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  });
  const parts = londonParts.formatToParts(hour * HOUR);
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const offset =
    Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute')) - hour * HOUR;
  // Bounded: a few years of hours at most in a long-running server.
  if (offsetByHour.size > 100_000) offsetByHour.clear();
  offsetByHour.set(hour, offset);
  return offset;
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
