import { z } from 'zod/mini';

export const idSchema = z.string().check(z.minLength(1), z.maxLength(64));
export const isoDateSchema = z.iso.date({ error: 'Enter a date as YYYY-MM-DD' });
export const isoDateTimeSchema = z.iso.datetime({ offset: true });
export const timeSchema = z
  .string()
  .check(
    z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Enter a time as HH:MM, for example 10:00' }),
  );
/** A whole number (zod/mini has no `.int()`; `z.int()` as a check is what classic's `.int()` adds). */
export const intSchema = z.number().check(z.int());
export const versionSchema = intSchema.check(z.nonnegative());

/** Free text typed by staff: trimmed, bounded, and never markup-significant by itself
 * (React escapes it on render; the bound stops a pasted novel from reaching the store). */
export const shortText = (label: string, max = 120) =>
  z
    .string({ error: `${label} is required` })
    .check(
      z.trim(),
      z.minLength(1, { error: `${label} is required` }),
      z.maxLength(max, { error: `${label} must be ${max} characters or fewer` }),
    );

export const optionalText = (label: string, max = 500) =>
  z
    .string()
    .check(z.trim(), z.maxLength(max, { error: `${label} must be ${max} characters or fewer` }));

export const listOf = <T extends z.ZodMiniType>(item: T) => z.object({ items: z.array(item) });

/** Bodies of writes that answer with a plain acknowledgement. */
export const okResponseSchema = z.object({ ok: z.literal(true) });
