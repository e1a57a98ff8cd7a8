import { z } from 'zod';

export const idSchema = z.string().min(1).max(64);
export const isoDateSchema = z.iso.date({ error: 'Enter a date as YYYY-MM-DD' });
export const isoDateTimeSchema = z.iso.datetime({ offset: true });
export const timeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Enter a time as HH:MM, for example 10:00' });
export const versionSchema = z.number().int().nonnegative();

/** Free text typed by staff: trimmed, bounded, and never markup-significant by itself
 * (React escapes it on render; the bound stops a pasted novel from reaching the store). */
export const shortText = (label: string, max = 120) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, { error: `${label} is required` })
    .max(max, { error: `${label} must be ${max} characters or fewer` });

export const optionalText = (label: string, max = 500) =>
  z.string().trim().max(max, { error: `${label} must be ${max} characters or fewer` });

export const listOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });
