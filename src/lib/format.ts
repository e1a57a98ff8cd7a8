// en-GB dates and Europe/London times everywhere (issue: "Mon 2 Mar 2026").

// Each formatter is built on its first use and kept: building one costs several milliseconds on
// a slow phone (toLocaleString builds a new one on every call, ~7 ms each at 4x CPU slowdown),
// and every page imports this module, so building them all at import put that cost on every
// page's first render, the sign-in page's included, whether or not it shows a date.
function memo<T>(build: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= build());
}

const dateFormat = memo(
  () =>
    new Intl.DateTimeFormat('en-GB', {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    }),
);
const dateTimeFormat = memo(
  () =>
    new Intl.DateTimeFormat('en-GB', {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: 'Europe/London',
    }),
);
const weekdayFormat = memo(
  () => new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' }),
);
const numberFormat = memo(() => new Intl.NumberFormat('en-GB'));

function parts(iso: string) {
  return new Date(`${iso.slice(0, 10)}T00:00:00Z`);
}

/** An ISO calendar date ('2026-03-02') as 'Mon 2 Mar 2026'. */
export function formatDate(iso: string): string {
  return dateFormat().format(parts(iso)).replace(/,/g, '');
}

/** A UTC timestamp shown in London time. */
export function formatDateTime(isoDateTime: string): string {
  return dateTimeFormat().format(new Date(isoDateTime)).replace(/,/g, '');
}

export function weekdayName(iso: string): string {
  return weekdayFormat().format(parts(iso));
}

/** When a cohort meets, in words: a course weekly ("Thursdays at 13:00"), a one-off workshop
 * on its day ("Thu 3 Dec 2026 at 13:00"), never as if a workshop came back every week. */
export function meetingPattern(c: {
  type: 'course' | 'workshop';
  startDate: string;
  startTime: string;
}): string {
  return c.type === 'workshop'
    ? `${formatDate(c.startDate)} at ${c.startTime} (one session)`
    : `${weekdayName(c.startDate)}s at ${c.startTime}`;
}

export function formatNumber(n: number): string {
  return numberFormat().format(n);
}
