import { z } from 'zod/mini';

// PostgreSQL cannot store a NUL character in text, and a lone UTF-16 surrogate (half of an
// emoji, cut by a bad copy or a bug) is not a character at all: either would fail deep in a
// write as a 500 and lose what the user typed. Every string of the contract is built on `text`,
// so the field itself refuses them with a 400 the form shows next to it.
const UNSTORABLE = /\0|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
export const UNSTORABLE_MESSAGE =
  'This contains a character that cannot be stored (an invisible control character or half an emoji): retype it';

/** Whether a string holds a NUL or an unpaired surrogate. */
export function isUnstorable(value: string): boolean {
  return UNSTORABLE.test(value);
}

/** The dotted paths of every string in a parsed value that cannot be stored (keys included):
 * the backstop the server and the mock run on every body and query after its schema. */
export function unstorablePaths(value: unknown, path: string[] = []): string[] {
  if (typeof value === 'string') return isUnstorable(value) ? [path.join('.') || '_form'] : [];
  if (Array.isArray(value))
    return value.flatMap((v, i) => unstorablePaths(v, [...path, String(i)]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) =>
      isUnstorable(k) ? [[...path, '_key'].join('.')] : unstorablePaths(v, [...path, k]),
    );
  return [];
}

/** The one string schema: any text the API reads or answers with. */
export const text = (params?: Parameters<typeof z.string>[0]) =>
  z.string(params).check(z.refine((v) => !isUnstorable(v), { error: UNSTORABLE_MESSAGE }));

export const idSchema = text().check(z.minLength(1), z.maxLength(64));
export const isoDateSchema = z.iso.date({ error: 'Enter a date as YYYY-MM-DD' });
export const isoDateTimeSchema = z.iso.datetime({ offset: true });
export const timeSchema = text().check(
  z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Enter a time as HH:MM, for example 10:00' }),
);
/** A whole number (zod/mini has no `.int()`; `z.int()` as a check is what classic's `.int()` adds). */
export const intSchema = z.number().check(z.int());
export const versionSchema = intSchema.check(z.nonnegative());

/** Free text typed by staff: trimmed, bounded, and never markup-significant by itself
 * (React escapes it on render; the bound stops a pasted novel from reaching the store). */
export const shortText = (label: string, max = 120) =>
  text({ error: `${label} is required` }).check(
    z.trim(),
    z.minLength(1, { error: `${label} is required` }),
    z.maxLength(max, { error: `${label} must be ${max} characters or fewer` }),
  );

export const optionalText = (label: string, max = 500) =>
  text().check(
    z.trim(),
    z.maxLength(max, { error: `${label} must be ${max} characters or fewer` }),
  );

export const listOf = <T extends z.ZodMiniType>(item: T) => z.object({ items: z.array(item) });

/** Bodies of writes that answer with a plain acknowledgement. */
export const okResponseSchema = z.object({ ok: z.literal(true) });

/** A query string (`?a=1&b=2`, or without the `?`) with bad percent-encoding (`%ZZ`, a cut
 * UTF-8 sequence) or a part that decodes to text that cannot be stored (`%00`): no filter could
 * mean it, so the request is refused whole with a 400. */
export function malformedQuery(search: string): boolean {
  const raw = search.startsWith('?') ? search.slice(1) : search;
  if (raw === '') return false;
  return raw.split(/[&=]/).some((part) => {
    try {
      return isUnstorable(decodeURIComponent(part.replace(/\+/g, ' ')));
    } catch {
      return true;
    }
  });
}
