// One rule for counted words ("1 session", "2 sessions"), used by every screen and by the
// domain's own messages. It lives in the domain rather than src/lib because domain messages
// ("3 people are not marked yet") need it and the domain imports nothing outside itself.
// Intl.PluralRules picks the form, so a count is never paired with the wrong one.

const rules = new Intl.PluralRules('en-GB');
const numbers = new Intl.NumberFormat('en-GB');

/** The word form that goes with `n`: `one` for 1, `other` for 0, 2, 1.5 ... */
export function pluralWord(n: number, one: string, other = `${one}s`): string {
  return rules.select(n) === 'one' ? one : other;
}

/** `n` (en-GB digits) and the matching form: count(1, 'session') is '1 session',
 * count(3, 'person', 'people') is '3 people'. */
export function count(n: number, one: string, other = `${one}s`): string {
  return `${numbers.format(n)} ${pluralWord(n, one, other)}`;
}
