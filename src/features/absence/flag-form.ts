import { z } from 'zod/mini';
import { flagActionSchema, flagContactSchema } from '../../api/schemas/flags';

// One form, two endpoints: recording contact (flagContactSchema) or resolving (flagActionSchema).
export const flagFormSchema = z.discriminatedUnion('action', [
  z.extend(flagContactSchema, { action: z.literal('contact') }),
  ...flagActionSchema.def.options,
]);
export type FlagFormInput = z.input<typeof flagFormSchema>;
export type FlagFormOutput = z.output<typeof flagFormSchema>;
