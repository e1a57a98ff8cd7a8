// Two notes written on one register row at once: "Keep both" joins them so
// neither is lost. One line, because the register's note is a one-line field: a newline
// there would be dropped by the browser and the two notes would run together.

export const NOTE_SEPARATOR = ' | ';
/** The mark schema (src/api/schemas/attendance.ts): a note is at most 500 characters. */
export const NOTE_MAX_LENGTH = 500;

/** Mine, then theirs, unless one already holds the other (then the longer one, unchanged). */
export function joinNotes(mine: string, theirs: string): string {
  const a = mine.trim();
  const b = theirs.trim();
  if (!b || a.includes(b)) return a;
  if (!a || b.includes(a)) return b;
  return `${a}${NOTE_SEPARATOR}${b}`;
}
