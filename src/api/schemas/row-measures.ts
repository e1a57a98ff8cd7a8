import { z } from 'zod/mini';
import { idSchema, intSchema, isoDateTimeSchema, versionSchema } from './common';

// A person's measures at a session as the register's row and the PUT answer give them. Apart
// from measures.ts so that the register's page, which reads rows, does not also load the
// schemas that check what is sent (they load with the measures panel).

const totalSchema = z.nullable(intSchema);
export const measureTotalsSchema = z.object({
  phq9: totalSchema,
  gad7: totalSchema,
  wsas: totalSchema,
});

/** A person's measures at a session as the register's row and the PUT answer give them:
 * version 0 and nothing given before the first answers. */
export const rowMeasuresSchema = z.object({
  version: versionSchema,
  phq9: z.nullable(z.array(intSchema)),
  gad7: z.nullable(z.array(intSchema)),
  wsas: z.nullable(z.array(intSchema)),
  pain: z.nullable(z.object({ intensity: intSchema, interference: intSchema })),
  totals: measureTotalsSchema,
  complete: z.boolean(),
  enteredBy: z.nullable(z.enum(['staff', 'person'])),
  updatedAt: z.nullable(isoDateTimeSchema),
  /** The safety alert these answers raised and that no one has reviewed yet. */
  openAlert: z.nullable(z.object({ id: idSchema, version: versionSchema })),
});
export type RowMeasures = z.infer<typeof rowMeasuresSchema>;
