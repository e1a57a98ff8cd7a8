import { z } from 'zod/mini';
import { ACCESS_ACTION_KEYS } from '../../domain/access-actions';
import { idSchema, intSchema, isoDateTimeSchema, text } from './common';

// Views and exports of one person's records (the access log), newest first, a page at a time.
// Asked for by the person's id, never a name or an NHS number.

export const ACCESS_PAGE_SIZE = 50;

export const accessQuerySchema = z.object({
  participant: idSchema,
  offset: z.catch(z.coerce.number().check(z.int(), z.minimum(0)), 0),
  limit: z.catch(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(200)), ACCESS_PAGE_SIZE),
});

export const accessEntrySchema = z.object({
  id: idSchema,
  at: isoDateTimeSchema,
  actorId: idSchema,
  actorName: text(),
  actorRole: text(),
  action: z.enum(ACCESS_ACTION_KEYS as [string, ...string[]]),
  recordId: z.nullable(text()),
  /** For a search, a list or an export: how many people the answer showed. */
  shown: z.nullable(intSchema),
});
export type AccessEntry = z.infer<typeof accessEntrySchema>;

export const accessPageSchema = z.object({
  /** The person's name, for the page's heading. */
  person: z.nullable(text()),
  items: z.array(accessEntrySchema),
  total: intSchema,
  offset: intSchema,
});
export type AccessPage = z.infer<typeof accessPageSchema>;
