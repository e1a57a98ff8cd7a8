// Availability is a set of day-and-time slots over the whole week (docs/domain.md: groups and
// workshops run on any day, evenings and Saturdays included). A slot list, not days x times:
// adding Saturday morning never adds Saturday evening or Monday morning.

export const DAYS_OF_WEEK = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const PARTS_OF_DAY = ['morning', 'afternoon', 'evening'] as const;
export type DayOfWeek = (typeof DAYS_OF_WEEK)[number];
export type PartOfDay = (typeof PARTS_OF_DAY)[number];

export interface Slot {
  day: DayOfWeek;
  time: PartOfDay;
}

export const DAY_NAMES: Record<DayOfWeek, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};
export const PART_NAMES: Record<PartOfDay, string> = {
  morning: 'morning',
  afternoon: 'afternoon',
  evening: 'evening',
};

export const slotKey = (s: Slot): string => `${s.day}:${s.time}`;

export function hasSlot(slots: readonly Slot[], day: DayOfWeek, time: PartOfDay): boolean {
  return slots.some((s) => s.day === day && s.time === time);
}

/** Week order (Monday morning first), each slot once: how every backend stores a list. */
export function normaliseSlots(slots: readonly Slot[]): Slot[] {
  const rank = (s: Slot) => DAYS_OF_WEEK.indexOf(s.day) * 3 + PARTS_OF_DAY.indexOf(s.time);
  const seen = new Set<string>();
  return [...slots]
    .sort((a, b) => rank(a) - rank(b))
    .filter((s) => !seen.has(slotKey(s)) && Boolean(seen.add(slotKey(s))))
    .map((s) => ({ day: s.day, time: s.time }));
}

/** An entry stored before slots said which weekdays and which times of day: every pairing
 * of the two. Where one half was left empty (nothing validated it then), the person had not
 * ruled anything out, so an empty half counts as all of it: nothing they said is lost.
 * (The server's migration 0008 says the same in SQL.) */
export function slotsFromDaysAndTimes(legacy: {
  days?: readonly string[];
  times?: readonly string[];
}): Slot[] {
  const days = (legacy.days ?? []).filter((d): d is DayOfWeek =>
    (DAYS_OF_WEEK as readonly string[]).includes(d),
  );
  const times = (legacy.times ?? []).filter((t): t is PartOfDay =>
    (PARTS_OF_DAY as readonly string[]).includes(t),
  );
  if (days.length === 0 && times.length === 0) return [];
  const allDays = days.length ? days : DAYS_OF_WEEK.slice(0, 5);
  const allTimes = times.length ? times : [...PARTS_OF_DAY];
  return normaliseSlots(allDays.flatMap((day) => allTimes.map((time) => ({ day, time }))));
}

/** "Mon mornings and evenings; Sat mornings": one clause per day, in week order. */
export function describeSlots(slots: readonly Slot[]): string {
  const ordered = normaliseSlots(slots);
  if (ordered.length === 0) return 'None given';
  return DAYS_OF_WEEK.flatMap((day) => {
    const times = ordered.filter((s) => s.day === day).map((s) => `${PART_NAMES[s.time]}s`);
    if (times.length === 0) return [];
    const list =
      times.length === 1 ? times[0] : `${times.slice(0, -1).join(', ')} and ${times.at(-1)}`;
    return [`${DAY_NAMES[day].slice(0, 3)} ${list}`];
  }).join('; ');
}
